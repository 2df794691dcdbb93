/** Follow-up questions worth offering after an answer about a subject, in the answer's language. */
import type { AnswerContext } from './answer-context.js';
import type { Draft } from './draft.js';
import type { Resolved } from './subjects.js';

export function suggestFor(subject: Resolved, ctx: AnswerContext, draft: Draft): void {
  const lv = ctx.lang === 'lv';
  switch (subject.kind) {
    case 'measure': {
      const id = subject.item.id ?? '';
      const lead = subject.item.responsible[0]?.name;
      draft.suggest(lv ? `Kāds ir ${id} termiņš?` : `When is ${id} due?`);
      draft.suggest(lv ? `Kuras ir ${id} līdzatbildīgās institūcijas?` : `Who is co-responsible for ${id}?`);
      if (lead) draft.suggest(lv ? `Par ko vēl atbild ${lead}?` : `What else is ${lead} responsible for?`);
      return;
    }
    case 'report-task': {
      const n = subject.item.number;
      draft.suggest(lv ? `Vai ${n}. uzdevums ir izpildīts?` : `Is task ${n} done?`);
      draft.suggest(lv ? 'Kuri ziņojuma uzdevumi vēl turpinās?' : 'Which report tasks are still ongoing?');
      return;
    }
    case 'activity':
      draft.suggest(
        lv ? `Cik liels finansējums ir ${subject.item.id}?` : `How much funding does ${subject.item.id} get?`,
      );
      draft.suggest(lv ? 'Kāds ir programmas kopējais finansējums?' : 'What is the programme’s total funding?');
      return;
    case 'group': {
      const id =
        subject.item.id === 'standing' ? (lv ? 'pastāvīgās darba grupas' : 'the standing group') : subject.item.id;
      draft.suggest(
        lv
          ? `Kas ir ${id === subject.item.id ? `${id}. apakšgrupas` : id} sastāvā?`
          : `Who are the members of ${id === subject.item.id ? `subgroup ${id}` : id}?`,
      );
      draft.suggest(lv ? 'Kādi ir termiņi?' : 'What are the deadlines?');
      return;
    }
    default:
      return;
  }
}
