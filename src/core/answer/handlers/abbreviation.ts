/**
 * What an abbreviation stands for, as each document defines it (the report writes some names in the accusative:
 * the nominative is given beside them), with the institution's history where it has one.
 */
import type { Abbreviation } from '../../knowledge/model.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle, place } from '../citations.js';
import { formatIsoDate } from '../dates.js';
import { Draft } from '../draft.js';
import { inlineDefinition } from '../inline-definition.js';
import { notFound } from '../not-found.js';
import type { Reply } from '../reply.js';
import { quote } from '../words.js';

export function answerAbbreviation(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const asked = ctx.u.abbreviations.length > 0 ? ctx.u.abbreviations : ctx.u.institutions.map((i) => i.text);
  for (const abbr of asked.slice(0, 4)) explain(abbr, ctx, draft);
  for (const abbr of asked.slice(0, 2)) if (draft.lines.length === 0) explainInline(abbr, ctx, draft);
  if (draft.lines.length === 0) {
    const unknown = asked[0];
    if (!unknown) return notFound(ctx, intent);
    const reply = notFound(ctx, intent);
    reply.text =
      ctx.lang === 'lv'
        ? `Saīsinājums ${unknown} dokumentos nav atšifrēts, un institūciju reģistrā tā nav.`
        : `The documents do not define ${unknown}, and the institution registry does not know it.`;
    return reply;
  }
  return draft.reply(intent, ctx.lang, true);
}

function explain(abbr: string, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const defined = ctx.kb.knowledge.abbreviations.filter((a) => a.abbr.toLowerCase() === abbr.toLowerCase());
  const institution = ctx.kb.registry.byAbbreviation(abbr);
  if (defined.length === 0 && !institution) return;
  for (const a of defined) {
    draft.line(definitionLine(a, ctx));
    draft.source(cite(a.source, lang));
  }
  if (defined.length === 0 && institution) {
    // The expansion is the registry's, not the documents': said so, and not found.
    draft.gap('definition');
    draft.line(
      lang === 'lv'
        ? `${abbr} — ${institution.name} (${institution.nameEn}). Dokumentos šis saīsinājums nav atšifrēts; atšifrējums no institūciju reģistra.`
        : `${abbr} — ${institution.nameEn} (${institution.name}). The documents do not define it; the expansion comes from the institution registry.`,
    );
  }
  if (institution?.successor) {
    const next = ctx.kb.registry.get(institution.successor.id);
    const date = formatIsoDate(institution.successor.date, lang, 'locative');
    if (next) {
      draft.line(
        lang === 'lv'
          ? `${date} ${institution.name} tika reorganizēta; tagad tā ir ${next.name} (${next.abbreviations[0] ?? ''}).`
          : `On ${date} the ${institution.nameEn} was reorganised into the ${next.nameEn} (${next.abbreviations[0] ?? ''}).`,
      );
      const event = ctx.kb.knowledge.events.find((e) => e.from.institution === institution.id);
      if (event) draft.source(cite(event.source, lang));
    }
  }
  if (institution) draft.subject({ kind: 'institution', id: institution.id });
}

function definitionLine(a: Abbreviation, ctx: AnswerContext): string {
  const { lang } = ctx;
  const institution = a.institution ? ctx.kb.registry.get(a.institution) : undefined;
  const doc = documentTitle(a.source, lang);
  const nominative = a.nominative
    ? lang === 'lv'
      ? ` (nominatīvā: ${a.nominative})`
      : ` (nominative: ${a.nominative})`
    : '';
  const english = lang === 'en' && institution ? ` — ${institution.nameEn}` : '';
  return `${a.abbr} — ${a.name}${nominative}${english} (${doc}: ${quote(a.source.raw)})`;
}

/** An abbreviation no list defines but the running text explains where it first uses it. */
function explainInline(abbr: string, ctx: AnswerContext, draft: Draft): void {
  const found = inlineDefinition(abbr, ctx.kb.knowledge);
  if (!found) return;
  const { lang } = ctx;
  const head = found.expansion ? `${abbr} — ${found.expansion}. ` : '';
  draft.line(
    lang === 'lv'
      ? `${head}Saīsinājumu sarakstos tā nav; tekstā tas skaidrots šādi: ${quote(found.sentence)} (${place(found.source, lang)})`
      : `${head}No abbreviation list has it; the text explains it so: ${quote(found.sentence)} (${place(found.source, lang)})`,
  );
  draft.source(cite(found.source, lang, found.sentence));
}
