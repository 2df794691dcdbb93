/** The plan's action directions, all six, or one of them when the question names its number. */
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import { Draft } from '../draft.js';
import { namesDirections } from '../guards.js';
import { notFoundReference } from '../not-found.js';
import { renderDirection } from '../render/plan-structure.js';
import type { Reply } from '../reply.js';
import { answerSearch } from './search.js';

export function answerDirections(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const { lang } = ctx;
  if (!namesDirections(ctx.u)) return answerSearch(ctx, 'search');
  const refs = ctx.u.references.filter((r) => r.kind === 'direction');
  const asked = refs.flatMap((r) => ctx.kb.directions.get(r.id) ?? []);
  if (refs.length > 0 && asked.length === 0) return notFoundReference(ctx, intent, refs);
  if (asked.length > 0) {
    for (const d of asked) renderDirection(d, ctx, draft);
    return draft.reply(intent, lang, true);
  }
  const directions = ctx.kb.knowledge.directions;
  draft.line(
    lang === 'lv'
      ? `Plānā 2022–2025 ir ${directions.length} rīcības virzieni:`
      : `The Plan 2022–2025 has ${directions.length} action directions:`,
  );
  for (const d of directions) {
    const count = ctx.kb.knowledge.measures.filter((m) => m.direction === d.number).length;
    draft.line(`${d.number}. ${d.title} (${count} ${lang === 'lv' ? 'pasākumi' : 'measures'})`);
    draft.source(cite(d.source, lang));
  }
  draft.suggest(lang === 'lv' ? 'Kuri pasākumi ir 2. rīcības virzienā?' : 'Which measures are in action direction 2?');
  return draft.reply(intent, lang, true);
}
