/**
 * Funding asked without an id: the programme activity the question describes ("finansējums uzticības tālruņa
 * pasākumiem"), else the programme's total when the question asks for it, else whatever the text says.
 */
import { search } from '../../search/search.js';
import type { AnswerContext } from '../answer-context.js';
import { Draft } from '../draft.js';
import { asksForTotal } from '../guards.js';
import { questionConcepts, rankByCoverage } from '../relevance.js';
import { renderActivity } from '../render/activity.js';
import type { Reply } from '../reply.js';
import { programmeTotal } from './programme-total.js';
import { answerSearch } from './search.js';

/** The activity must share this much of the question (its funding words aside) to be the one meant. */
const MIN_ACTIVITY_COVERAGE = 0.5;

export function fundingWithoutId(ctx: AnswerContext, intent: string): Reply {
  const extraTerms = ctx.u.searchTerms.filter((t) => t.source).map((t) => ({ term: t.term, boost: t.boost ?? 1 }));
  const hits = search(ctx.kb.index, { text: ctx.u.text, extraTerms, kinds: ['activity'], limit: 5 });
  const best = rankByCoverage(hits, questionConcepts(ctx.u, ctx.kb))[0];
  const activity =
    best && best.coverage >= MIN_ACTIVITY_COVERAGE
      ? ctx.kb.activities.get(best.hit.item.id.replace(/^activity:/, ''))
      : undefined;
  if (activity) {
    const draft = new Draft();
    renderActivity(activity, ['funding', ...ctx.fields.filter((f) => f !== 'funding')], ctx, draft);
    return draft.reply(intent, ctx.lang, true);
  }
  return asksForTotal(ctx.u) ? programmeTotal(ctx, intent) : answerSearch(ctx, 'search');
}
