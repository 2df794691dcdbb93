/** Which abbreviation each document uses for an institution the question names ("Bērnu aizsardzības centram"). */
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle } from '../citations.js';
import { Draft } from '../draft.js';
import type { Reply } from '../reply.js';
import { quote } from '../words.js';
import { answerSearch } from './search.js';

export function answerAbbreviationReverse(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const { lang } = ctx;
  for (const slot of ctx.u.institutions.slice(0, 3)) {
    const institution = ctx.kb.registry.get(slot.id);
    if (!institution) continue;
    const defined = ctx.kb.knowledge.abbreviations.filter((a) => a.institution === institution.id);
    const inDocs =
      ctx.u.documents.length > 0 ? defined.filter((a) => ctx.u.documents.includes(a.source.document)) : defined;
    const shown = inDocs.length > 0 ? inDocs : defined;
    for (const a of shown) {
      draft.line(
        lang === 'lv'
          ? `${institution.name}: saīsinājums ${a.abbr} (${documentTitle(a.source, lang)}: ${quote(a.source.raw)}).`
          : `${institution.nameEn} (${institution.name}): abbreviation ${a.abbr} (${documentTitle(a.source, lang)}: ${quote(a.source.raw)}).`,
      );
      draft.source(cite(a.source, lang));
    }
    if (shown.length === 0 && institution.abbreviations[0]) {
      draft.line(
        lang === 'lv'
          ? `${institution.name}: dokumentos lietots saīsinājums ${institution.abbreviations[0]} (saīsinājumu sarakstos tas nav atšifrēts).`
          : `${institution.nameEn}: the documents use ${institution.abbreviations[0]} (no abbreviation list defines it).`,
      );
    }
    draft.subject({ kind: 'institution', id: institution.id });
  }
  return draft.lines.length > 0 ? draft.reply(intent, lang, true) : answerSearch(ctx, 'search');
}
