/**
 * Search quality and speed against what a developer would reach for, on the same items (the index's search items)
 * and the same questions (the golden set's free-text and lookup questions, one turn, answered): our Latvian
 * analyzer on our own index (with the question's glossary terms, as the answer engine searches), lunr with its default
 * English pipeline, and MiniSearch with its defaults and with fuzzy and prefix matching. An item is relevant when
 * its text holds every fact the golden question expects; questions no single item answers are left out.
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { AnswerEngine } from '../src/core/answer/answer.js';
import { searchItems } from '../src/core/knowledge/search-items.js';
import { search } from '../src/core/search/search.js';
import type { SearchItem } from '../src/core/search/search-item.js';
import { understand } from '../src/core/understand/understand.js';
import { type GoldenQuestion, satisfies } from './golden.js';
import { median, round, timed } from './stats.js';

const INTENTS = new Set([
  'search',
  'details',
  'responsible',
  'co-responsible',
  'deadline',
  'contact',
  'funding',
  'group',
]);
const REPEAT = 20;

export interface QualityRow {
  engine: string;
  recallAt1: number;
  recallAt3: number;
  medianQueryMs: number;
  latencyVsOurs: number;
}

export interface Quality {
  questions: number;
  skipped: number;
  rows: QualityRow[];
}

type Searcher = (q: GoldenQuestion) => string[];

function itemText(item: SearchItem): string {
  return `${item.title}\n${item.body}\n${item.source.raw}\n${item.exact.join(' ')}`;
}

export function searchQuality(engine: AnswerEngine, golden: readonly GoldenQuestion[]): Quality {
  const kb = engine.understander.kb;
  const items = searchItems(kb.knowledge);
  const relevant = new Map<string, Set<string>>();
  const candidates = golden.filter((q) => INTENTS.has(q.intent) && q.turns.length === 1 && q.expect.found);
  for (const q of candidates) {
    const ids = items.filter((item) => satisfies(itemText(item), q)).map((item) => item.id);
    if (ids.length > 0 && q.expect.all.length > 0) relevant.set(q.id, new Set(ids));
  }
  const questions = candidates.filter((q) => relevant.has(q.id));
  const searchers: [string, Searcher][] = [
    ['ours: Latvian analyzer, own index', ours(engine)],
    ['lunr, default English pipeline', lunrEnglish(items)],
    ['MiniSearch, defaults', miniSearch(items, {})],
    ['MiniSearch, fuzzy 0.2 + prefix', miniSearch(items, { fuzzy: 0.2, prefix: true })],
  ];
  const measured = searchers.map(([name, run]) => measure(name, run, questions, relevant));
  const base = measured[0]?.medianQueryMs ?? 1;
  return {
    questions: questions.length,
    skipped: candidates.length - questions.length,
    rows: measured.map((row) => ({ ...row, latencyVsOurs: round(row.medianQueryMs / base, 2) })),
  };
}

function measure(
  name: string,
  run: Searcher,
  questions: readonly GoldenQuestion[],
  relevant: ReadonlyMap<string, ReadonlySet<string>>,
): Omit<QualityRow, 'latencyVsOurs'> {
  let at1 = 0;
  let at3 = 0;
  const times: number[] = [];
  for (const q of questions) {
    const wanted = relevant.get(q.id) ?? new Set<string>();
    const { value: ids } = timed(() => run(q));
    if (ids.slice(0, 1).some((id) => wanted.has(id))) at1 += 1;
    if (ids.slice(0, 3).some((id) => wanted.has(id))) at3 += 1;
    const rounds = timed(() => {
      for (let i = 0; i < REPEAT; i++) run(q);
    });
    times.push(rounds.ms / REPEAT);
  }
  return {
    engine: name,
    recallAt1: round(at1 / questions.length, 3),
    recallAt3: round(at3 / questions.length, 3),
    medianQueryMs: round(median(times), 4),
  };
}

function ours(engine: AnswerEngine): Searcher {
  const { kb } = engine.understander;
  const prepared = new Map<string, { text: string; extraTerms: { term: string; boost: number }[] }>();
  return (q) => {
    let query = prepared.get(q.id);
    if (!query) {
      const u = understand(q.turns[0] ?? '', engine.understander, '2026-11-22', false);
      const extraTerms = u.searchTerms.filter((t) => t.source).map((t) => ({ term: t.term, boost: t.boost ?? 1 }));
      query = { text: u.text, extraTerms };
      prepared.set(q.id, query);
    }
    return search(kb.index, { ...query, limit: 3 }).map((hit) => hit.item.id);
  };
}

function lunrEnglish(items: readonly SearchItem[]): Searcher {
  const index = lunr(function build() {
    this.ref('id');
    this.field('title', { boost: 2 });
    this.field('body');
    this.field('exact', { boost: 3 });
    for (const item of items)
      this.add({ id: item.id, title: item.title, body: item.body, exact: item.exact.join(' ') });
  });
  // lunr's query syntax throws on ':', '~', '^', '+', '-' and '*': a developer would strip them first.
  return (q) => {
    const text = (q.turns[0] ?? '').replace(/[:~^+\-*]/gu, ' ');
    try {
      return index
        .search(text)
        .slice(0, 3)
        .map((r) => r.ref);
    } catch {
      return [];
    }
  };
}

function miniSearch(items: readonly SearchItem[], options: { fuzzy?: number; prefix?: boolean }): Searcher {
  const index = new MiniSearch({ fields: ['title', 'body', 'exact'], idField: 'id' });
  index.addAll(items.map((item) => ({ id: item.id, title: item.title, body: item.body, exact: item.exact.join(' ') })));
  return (q) =>
    index
      .search(q.turns[0] ?? '', options)
      .slice(0, 3)
      .map((r) => String(r.id));
}
