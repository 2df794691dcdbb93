/** An institution's history: the reorganisations the documents record, quoted, with predecessor and successor. */
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import { formatIsoDate } from '../dates.js';
import { Draft } from '../draft.js';
import type { Reply } from '../reply.js';
import { quote } from '../words.js';
import { answerSearch } from './search.js';

export function answerHistory(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const { lang } = ctx;
  for (const slot of ctx.u.institutions) {
    const events = ctx.kb.knowledge.events.filter(
      (e) => e.from.institution === slot.id || e.to.institution === slot.id,
    );
    for (const e of events) {
      const from = e.from.institution ? ctx.kb.registry.get(e.from.institution) : undefined;
      const to = e.to.institution ? ctx.kb.registry.get(e.to.institution) : undefined;
      if (!from || !to) continue;
      const date = formatIsoDate(e.date, lang, 'locative');
      draft.line(
        lang === 'lv'
          ? `${date} ${from.name} (${from.abbreviations[0]}) tika reorganizēta; tagad tā ir ${to.name} (${to.abbreviations[0]}).`
          : `On ${date} the ${from.nameEn} (${from.abbreviations[0]}, ${from.name}) was reorganised into the ${to.nameEn} (${to.abbreviations[0]}, ${to.name}).`,
      );
      draft.line(`${lang === 'lv' ? 'Dokumentā' : 'The document says'}: ${quote(e.source.raw)}`);
      draft.source(cite(e.source, lang));
      draft.subject({ kind: 'institution', id: to.id });
    }
  }
  if (draft.lines.length > 0) return draft.reply(intent, lang, true);
  // "Kopš kura laika darbojas Drošības vēstnešu programma?" asks a date the running text may give.
  return answerSearch(ctx, 'search');
}
