/**
 * Anything else the documents answer in running text: the passages that cover most of the question, quoted with
 * their place. A structured item that matches best (a measure, a group) is answered as itself. Below the
 * confidence bar the answer says plainly that the documents do not answer, offering the closest titles.
 */

import type { Passage } from '../../knowledge/model.js';
import { search } from '../../search/search.js';
import { type SearchItemKind, SearchItemKindSchema } from '../../search/search-item.js';
import { analyze } from '../../text/analyze.js';
import { type Constraint, statedConstraints } from '../../understand/stated-constraints.js';
import type { AnswerContext } from '../answer-context.js';
import { holdsConstraints } from '../answerable.js';
import { cite, documentTitle, place } from '../citations.js';
import { Draft } from '../draft.js';
import { focusQuote, MAX_QUOTE_CHARS } from '../focus-quote.js';
import { stackReplies } from '../join-replies.js';
import { notFound } from '../not-found.js';
import {
  ANSWER_TYPES,
  answerType,
  type Concept,
  questionConcepts,
  type RankedHit,
  rankByCoverage,
} from '../relevance.js';
import type { Reply } from '../reply.js';
import { shorten } from '../words.js';
import { renderOwner } from './render-owner.js';

/** A hit must cover at least this share of the question's weight to be given as the answer. */
export const MIN_COVERAGE = 0.6;
/** Below this a hit is not even close: it is not offered as a suggestion. */
const CLOSE_MATCH_COVERAGE = 0.3;
/**
 * What running text is answered from. Units are whole sections (description and every service): they cover many
 * words without answering any one question; their passages are indexed on their own. Contacts are answered by the
 * contact handler, institutions by the abbreviation and history handlers.
 */
const ANSWERING_KINDS: SearchItemKind[] = SearchItemKindSchema.options.filter(
  (kind) => kind !== 'unit' && kind !== 'contact' && kind !== 'institution',
);
/** A second passage is quoted when it covers nearly as much as the first. */
const SECOND_PASSAGE_RATIO = 0.85;

export function answerSearch(ctx: AnswerContext, intent: string): Reply {
  const ranked = holdingFirst(rankedHits(ctx), statedConstraints(ctx.u.text));
  const best = ranked[0];
  if (!best || !answers(best, ctx)) {
    return notFound(
      ctx,
      'search',
      ranked
        .filter((r) => r.coverage >= CLOSE_MATCH_COVERAGE)
        .slice(0, 3)
        .map((r) => titleOf(r)),
    );
  }
  const answered = intent === 'search' ? 'search' : intent;
  const draft = new Draft();
  if (!renderOwner(best.hit.item, ctx, draft)) {
    quotePassages(ranked, best, ctx, draft);
    return draft.reply(answered, ctx.lang, true);
  }
  const others = twins(ranked, best).flatMap((twin) => {
    const own = new Draft();
    return renderOwner(twin.hit.item, ctx, own) ? [own.reply(answered, ctx.lang, true)] : [];
  });
  return stackReplies([draft.reply(answered, ctx.lang, true), ...others]);
}

/**
 * Hits whose text has every year, number and amount the question states go first, in their order. The document's
 * own title counts: "2026. gadam" in "Kas parakstīja valsts programmu 2026. gadam?" names the document.
 */
function holdingFirst(ranked: RankedHit[], stated: Constraint[]): RankedHit[] {
  if (stated.length === 0) return ranked;
  // A long paragraph is cut into chunks: the year may open it and the figure close it.
  const paragraphs = new Map<string, string>();
  const key = (r: RankedHit) => `${r.hit.item.source.document}:${r.hit.item.source.line}`;
  for (const r of ranked)
    paragraphs.set(key(r), `${paragraphs.get(key(r)) ?? ''} ${r.hit.item.title} ${r.hit.item.body}`);
  const holds = (r: RankedHit) =>
    holdsConstraints(`${documentTitle(r.hit.item.source, 'lv')} ${paragraphs.get(key(r))}`, stated);
  return [...ranked.filter(holds), ...ranked.filter((r) => !holds(r))];
}

export function rankedHits(ctx: AnswerContext): RankedHit[] {
  const extraTerms = ctx.u.searchTerms
    .filter((t) => t.source !== undefined)
    .map((t) => ({ term: t.term, boost: t.boost ?? 1 }));
  const hits = search(ctx.kb.index, { text: ctx.u.text, extraTerms, kinds: ANSWERING_KINDS, limit: 40 });
  const named = new Map(
    ctx.u.documents.flatMap((d) =>
      ctx.kb.documentTerms.get(d) ? [[d, ctx.kb.documentTerms.get(d) as ReadonlySet<string>] as const] : [],
    ),
  );
  return rankByCoverage(hits, concepts(ctx), { wants: answerType(ctx.u), named, phrase: analyze(ctx.u.text) });
}

/**
 * "Nurse-Family Partnership programma" is two measures, its adaptation (1.2.1) and its roll-out (1.2.2), that
 * the question's words match alike: both are answered rather than one picked at random.
 */
const TWIN_RATIO = 0.97;
const ITEM_KINDS = new Set<SearchItemKind>(['measure', 'report-task', 'activity']);

function twins(ranked: RankedHit[], best: RankedHit): RankedHit[] {
  if (!ITEM_KINDS.has(best.hit.item.kind)) return [];
  return ranked
    .slice(1, 3)
    .filter(
      (r) =>
        r.hit.item.kind === best.hit.item.kind &&
        r.hit.item.id !== best.hit.item.id &&
        r.coverage >= best.coverage * TWIN_RATIO,
    );
}

function concepts(ctx: AnswerContext): Concept[] {
  return questionConcepts(ctx.u, ctx.kb);
}

/**
 * Whether a hit answers the question: it covers enough of its weight and at least two of its concepts — all of
 * them when the question has only one or two ("Kāda ir PVN likme?" is not answered by any "likme").
 */
export function answers(hit: RankedHit, ctx: AnswerContext): boolean {
  const all = concepts(ctx);
  const count = hit.matchedConcepts;
  const bar = holdsStatedNumbers(hit, ctx) ? MIN_COVERAGE_WITH_NUMBER : MIN_COVERAGE;
  return hit.coverage >= bar && (all.length <= 2 ? count === all.length : count >= 2);
}

/**
 * A document number or an amount the question states ("Nr. 984", "16 000 euro") that the hit holds identifies
 * the place on its own; the question's other words then need cover less of it.
 */
const MIN_COVERAGE_WITH_NUMBER = 0.35;

function holdsStatedNumbers(hit: RankedHit, ctx: AnswerContext): boolean {
  const numbers = statedConstraints(ctx.u.text).filter((c) => c.kind === 'number' || c.kind === 'amount');
  return numbers.length > 0 && holdsConstraints(`${hit.hit.item.title} ${hit.hit.item.body}`, numbers);
}

function quotePassages(ranked: RankedHit[], best: RankedHit, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const others = ranked.slice(1, 8).filter((r) => r.hit.item.body !== best.hit.item.body);
  const wants = answerType(ctx.u);
  const has = (text: string) => wants !== undefined && ANSWER_TYPES[wants].test(text);
  const lacking = wants !== undefined && !has(best.hit.item.body);
  // The rest of the best passage's own paragraph first (a long paragraph is cut into chunks), then the others;
  // when the best lacks what the question asks for (a year, a sum, an organisation), whatever has it.
  const continuation = others.find((r) => sameParagraph(r, best) && r.coverage >= best.coverage * 0.5);
  const second: RankedHit | Quoted | undefined =
    (continuation && (!lacking || has(continuation.hit.item.body)) ? continuation : undefined) ??
    (lacking ? answeringSibling(best, ctx) : undefined) ??
    (lacking ? others.find((r) => has(r.hit.item.body) && r.coverage >= best.coverage * 0.7) : undefined) ??
    (lacking
      ? ranked.find((r) => samePlace(r, best) && has(r.hit.item.body) && r.coverage >= best.coverage * 0.5)
      : undefined) ??
    continuation ??
    others.find((r) => worthQuoting(r, best));
  const quoted: Quoted[] = [best, second].flatMap((r) =>
    r === undefined
      ? []
      : 'hit' in r
        ? [{ text: r.hit.item.body || r.hit.item.title, source: r.hit.item.source }]
        : [r],
  );
  const weights = concepts(ctx);
  for (const q of quoted) {
    const text = focusQuote(q.text, weights, MAX_QUOTE_CHARS, wants ? ANSWER_TYPES[wants] : undefined);
    const says = lang === 'lv' ? 'Dokumentā (%s) teikts' : 'The document (%s) says';
    draft.line(`${says.replace('%s', place(q.source, lang))}: “${text}”`);
    draft.source(cite(q.source, lang, text));
  }
}

interface Quoted {
  text: string;
  source: Passage['source'];
}

/** How far (in lines of the document) an answer is looked for around the best passage, within its place. */
const NEARBY_LINES = 4;

/**
 * The rest of the best passage's paragraph, or a line near it in the same place, when the question wants a kind of
 * answer (who, when, how much) that the best passage lacks and its neighbour has: "Programmu īstenos biedrība …"
 * often ends the paragraph whose beginning matched the question's words.
 */
function answeringSibling(best: RankedHit, ctx: AnswerContext): Quoted | undefined {
  const wants = answerType(ctx.u);
  const item = best.hit.item;
  if (!wants || item.kind !== 'passage') return undefined;
  const distance = (p: Passage) => Math.abs(p.source.line - item.source.line);
  const near = ctx.kb.knowledge.passages
    .filter(
      (p) =>
        p.source.document === item.source.document &&
        p.source.locator === item.source.locator &&
        distance(p) <= NEARBY_LINES &&
        p.text !== item.body &&
        ANSWER_TYPES[wants].test(p.text),
    )
    .sort((a, b) => distance(a) - distance(b));
  const sibling = near[0];
  return sibling ? { text: sibling.text, source: sibling.source } : undefined;
}

function titleOf(r: RankedHit): string {
  const item = r.hit.item;
  return shorten(item.title || item.body, 120);
}

/**
 * A second passage is quoted when it covers nearly as much, or when it stands in the same place of the document
 * and covers at least half as much: the answer often sits in the sentences around the best match.
 */
function sameParagraph(r: RankedHit, best: RankedHit): boolean {
  const [a, b] = [r.hit.item.source, best.hit.item.source];
  return r.hit.item.kind === 'passage' && a.document === b.document && a.line === b.line;
}

function worthQuoting(r: RankedHit, best: RankedHit): boolean {
  if (r.coverage >= best.coverage * SECOND_PASSAGE_RATIO) return true;
  return samePlace(r, best) && r.coverage >= best.coverage * 0.5;
}

/** Another passage in the same place of the document (the same task, unit or section). */
function samePlace(r: RankedHit, best: RankedHit): boolean {
  const [a, b] = [r.hit.item.source, best.hit.item.source];
  return r.hit !== best.hit && r.hit.item.kind === 'passage' && a.document === b.document && a.locator === b.locator;
}
