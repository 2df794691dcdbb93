/**
 * When running-text facts answer a question at all: not where a table item, a person, a group or a follow-up
 * has its own answer, and not where a table row covers the question clearly better than the facts found.
 */
import { namesItems } from '../../understand/parse-query.js';
import type { AnswerContext } from '../answer-context.js';
import type { AskedFact } from './running-fact-cues.js';
import { rank, type ScoredFact } from './running-fact-match.js';
import { rankedHits } from './search.js';

/** References the running text does not describe: measures, plan tasks, directions and groups have their cells. */
const TABLE_REFERENCES = new Set(['measure', 'plan-task', 'direction', 'group', 'id']);

/**
 * Intents whose answer is a table cell or a structured item: funding is each programme activity's own line, a
 * person or a group has its record. Running text does not override them.
 */
const STRUCTURED_INTENTS = new Set([
  'responsible',
  'co-responsible',
  'status',
  'status-history',
  'group',
  'person',
  'abbreviation',
  'abbreviation-reverse',
  'history',
  'directions',
]);

/** Whether the running text is the place to answer this question at all. */
export function applies(cues: AskedFact[], ctx: AnswerContext, intent: string): boolean {
  const { u } = ctx;
  if (STRUCTURED_INTENTS.has(intent) || cues.some((c) => countsItems(c, ctx, intent))) return false;
  // A sum asked as funding is each programme activity's own line; people have their records.
  if ((intent === 'funding' && cues.some((c) => c.cue === 'amount')) || u.persons.length > 0) return false;
  if (u.references.some((r) => TABLE_REFERENCES.has(r.kind)) || u.groups.length > 0) return false;
  // "by when must it …" leans on the previous answer's subject, which the running text does not know.
  return !(u.followUp && ctx.previous);
}

/** "Cik pasākumu …?" counts the documents' items: the list answers it, not a figure in the text. */
function countsItems(asked: AskedFact, ctx: AnswerContext, intent: string): boolean {
  if (intent !== 'list' || asked.cue !== 'count') return false;
  const counted = asked.after.trim().split(/\s+/u).slice(0, 2).join(' ');
  return namesItems({ ...ctx.u, text: counted });
}

/** Kinds of search item that are table rows: their cells are not running text, and they may answer better. */
const TABLE_ITEMS = new Set(['measure', 'plan-task', 'group']);
/**
 * A table row goes first when its cover, with this much added, passes the facts' rank (their cover with their
 * clause's): a fact wins by a value standing in a clause that says what the question asks.
 */
const TABLE_MARGIN = 0.15;

/**
 * "Kur ir apkopota informācija par pašvaldību pakalpojumiem ģimenēm?" is answered by a plan measure's result
 * cell ("… apkopojums www.vietagimenei.lv"): a table row that covers clearly more of the question goes first.
 */
export function tableAnswersBetter(found: ScoredFact[], ctx: AnswerContext): boolean {
  const weakest = Math.min(...found.map(rank));
  const row = rankedHits(ctx).find((r) => TABLE_ITEMS.has(r.hit.item.kind));
  return row !== undefined && row.coverage + TABLE_MARGIN > weakest;
}
