/**
 * Answers for when the documents do not answer: said plainly, marked not found, with up to three close matches
 * offered as suggestions — never the nearest item presented as if it were the one asked for.
 */
import type { Reference } from '../understand/understanding.js';
import type { AnswerContext } from './answer-context.js';
import { Draft } from './draft.js';
import type { Reply } from './reply.js';

export function notFoundReference(ctx: AnswerContext, intent: string, missing: Reference[]): Reply {
  const draft = new Draft();
  const { lang } = ctx;
  for (const ref of missing) {
    draft.line(
      lang === 'lv' ? `Dokumentos nav ${describe(ref, lang)}.` : `The documents have no ${describe(ref, lang)}.`,
    );
    if (ref.kind !== 'report-task' && /^1\.1\.[1-3]$/.test(ref.id)) draft.line(missingRowsNote(lang));
    const close = closeIds(ref, ctx);
    if (close.length > 0) {
      draft.line(
        lang === 'lv' ? `Tuvākie esošie: ${close.join(', ')}.` : `The closest that exist: ${close.join(', ')}.`,
      );
      const ask = (id: string) =>
        ref.kind === 'group'
          ? lang === 'lv'
            ? `Kas vada ${id}. apakšgrupu?`
            : `Who leads subgroup ${id}?`
          : lang === 'lv'
            ? `Kas ir ${id}?`
            : `What is ${id}?`;
      draft.suggest(...close.map(ask));
    }
  }
  return draft.reply(intent, lang, false);
}

export function askForSubject(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  if (ctx.lang === 'lv') {
    draft.line('Par kuru pasākumu, uzdevumu vai darba grupu ir jautājums? Norādiet numuru vai nosaukumu.');
    draft.suggest('Kas ir atbildīgs par 4.4.5. pasākumu?', 'Kāds ir ziņojuma 10. uzdevuma termiņš?');
  } else {
    draft.line('Which measure, task or working group do you mean? Give its number or name.');
    draft.suggest('Who is responsible for measure 4.4.5?', 'What is the deadline of task 10 of the report?');
  }
  return draft.reply(intent, ctx.lang, false);
}

/** The plain "not in the documents" answer, with close matches the search found (titles only, as suggestions). */
export function notFound(ctx: AnswerContext, intent: string, close: string[] = []): Reply {
  const draft = new Draft();
  draft.line(
    ctx.lang === 'lv'
      ? 'Dokumentos atbildi uz šo jautājumu neatradu.'
      : 'I could not find the answer to this in the documents.',
  );
  if (close.length > 0) {
    draft.line(ctx.lang === 'lv' ? 'Varbūt noder kāds no šiem:' : 'Perhaps one of these helps:');
    draft.items.push(...close.slice(0, 3).map((title, i) => ({ id: `${i + 1}.`, title })));
  }
  draft.suggest(...(ctx.lang === 'lv' ? ['Ko tu proti?'] : ['What can you do?']));
  return draft.reply(intent, ctx.lang, false);
}

function describe(ref: Reference, lang: AnswerContext['lang']): string {
  const lv: Record<Reference['kind'], string> = {
    measure: `${ref.id}. pasākuma`,
    activity: `${ref.id}. pasākuma valsts programmā`,
    'report-task': `${ref.id}. uzdevuma informatīvajā ziņojumā`,
    'plan-task': `${ref.id}. uzdevuma plānā`,
    direction: `${ref.id}. rīcības virziena`,
    group: `${ref.id}. apakšgrupas`,
    id: `ne pasākuma, ne uzdevuma ar numuru ${ref.id}`,
  };
  const en: Record<Reference['kind'], string> = {
    measure: `measure ${ref.id}`,
    activity: `activity ${ref.id} in the state programme`,
    'report-task': `task ${ref.id} in the informative report`,
    'plan-task': `task ${ref.id} in the plan`,
    direction: `action direction ${ref.id}`,
    group: `subgroup ${ref.id}`,
    id: `measure, task or activity numbered ${ref.id}`,
  };
  return (lang === 'lv' ? lv : en)[ref.kind];
}

function missingRowsNote(lang: AnswerContext['lang']): string {
  return lang === 'lv'
    ? 'Plāna tabula tekstā sākas vidū: 1.1.1. un 1.1.2. pasākuma rindu nav, un rindai pirms 1.1.4. pasākuma numurs nav norādīts.'
    : "The plan's table starts mid-way: the rows of 1.1.1 and 1.1.2 are missing, and the row before 1.1.4 has no number.";
}

/** Ids that exist and share the asked id's parent, nearest number first (at most three). */
function closeIds(ref: Reference, ctx: AnswerContext): string[] {
  const parts = ref.id.split('.');
  const parent = parts.slice(0, -1).join('.');
  const last = Number(parts.at(-1));
  const pool =
    ref.kind === 'report-task'
      ? [...ctx.kb.reportTasks.keys()]
      : ref.kind === 'plan-task'
        ? [...ctx.kb.planTasks.keys()]
        : ref.kind === 'direction'
          ? [...ctx.kb.directions.keys()]
          : ref.kind === 'group'
            ? [...ctx.kb.groups.keys()].filter((id) => /^\d+$/u.test(id))
            : [...ctx.kb.measures.keys(), ...ctx.kb.activities.keys()];
  return [...new Set(pool)]
    .filter((id) => id.split('.').slice(0, -1).join('.') === parent && id !== ref.id)
    .sort((a, b) => Math.abs(Number(a.split('.').at(-1)) - last) - Math.abs(Number(b.split('.').at(-1)) - last))
    .slice(0, 3);
}
