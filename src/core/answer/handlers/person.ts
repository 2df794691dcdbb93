/** Who a person is: their role and groups, or a plain "not in the documents" for a name nobody there has. */
import type { AnswerContext } from '../answer-context.js';
import { Draft } from '../draft.js';
import { renderPerson } from '../render/person.js';
import type { Reply } from '../reply.js';

export function answerPerson(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const { lang } = ctx;
  for (const slot of ctx.u.persons.slice(0, 3)) {
    const person = ctx.kb.people.find((p) => p.name === slot.name);
    if (person) renderPerson(person, ctx, draft);
  }
  if (draft.lines.length > 0) return draft.reply(intent, lang, true);
  const name = ctx.u.unknownNames[0];
  draft.line(
    name
      ? lang === 'lv'
        ? `Dokumentos persona ${name} nav minēta.`
        : `${name} is not mentioned in the documents.`
      : lang === 'lv'
        ? 'Dokumentos šādu personu neatradu.'
        : 'I found no such person in the documents.',
  );
  draft.line(
    lang === 'lv'
      ? 'Darba grupu dokumentā vārdā nosaukti tikai 1. apakšgrupas dalībnieki; citas grupas norāda institūciju pārstāvjus.'
      : 'The working-groups document names people only in subgroup 1; the other groups list representatives of institutions.',
  );
  draft.suggest(lang === 'lv' ? 'Kas ir 1. apakšgrupas sastāvā?' : 'Who are the members of subgroup 1?');
  return draft.reply(intent, lang, false);
}
