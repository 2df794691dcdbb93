/**
 * A corpus N times the size of the five documents, for the scaling benchmark: each copy renumbers what has a
 * number (directions 1–6 become 11–16, 21–26 …; report tasks 14–26 …; passage ids get a suffix) and varies the
 * words (a syllable inserted after the third letter of every third longer word, different in every copy), so that
 * the index really grows in items and in vocabulary instead of repeating the same terms.
 */
import type { Knowledge } from '../src/core/knowledge/knowledge.js';
import type { Source } from '../src/core/knowledge/model.js';

const LETTERS = 'abcdefghijklmnoprstuvz';

export function clonedKnowledge(base: Knowledge, factor: number): Knowledge {
  if (factor <= 1) return base;
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 1);
  const reportTasks = base.reportTasks.length;
  return {
    ...base,
    directions: [
      ...base.directions,
      ...copies.flatMap((k) => base.directions.map((d) => ({ ...d, number: d.number + 10 * k }))),
    ],
    planTasks: [
      ...base.planTasks,
      ...copies.flatMap((k) =>
        base.planTasks.map((t) => ({
          ...t,
          id: shift(t.id, k),
          direction: t.direction + 10 * k,
          title: vary(t.title, k),
        })),
      ),
    ],
    measures: [
      ...base.measures,
      ...copies.flatMap((k) =>
        base.measures.map((m) => ({
          ...m,
          id: m.id === null ? null : shift(m.id, k),
          direction: m.direction + 10 * k,
          task: shift(m.task, k),
          text: vary(m.text, k),
          result: vary(m.result, k),
          indicator: vary(m.indicator, k),
          source: relocate(m.source, k, m.id ? `measure ${shift(m.id, k)}` : undefined),
        })),
      ),
    ],
    reportTasks: [
      ...base.reportTasks,
      ...copies.flatMap((k) =>
        base.reportTasks.map((t) => ({
          ...t,
          number: t.number + reportTasks * k,
          text: vary(t.text, k),
          progress: vary(t.progress, k),
          source: relocate(t.source, k, `task ${t.number + reportTasks * k}`),
        })),
      ),
    ],
    passages: [
      ...base.passages,
      ...copies.flatMap((k) =>
        base.passages.map((p) => ({ ...p, id: `${p.id}~${k}`, text: vary(p.text, k), source: relocate(p.source, k) })),
      ),
    ],
  };
}

/** "4.4.5" → "14.4.5" in copy 1: the direction number moves by ten per copy. */
function shift(id: string, k: number): string {
  const [head, ...rest] = id.split('.');
  return [String(Number(head) + 10 * k), ...rest].join('.');
}

function relocate(source: Source, k: number, locator?: string): Source {
  // Lines move too: an unnumbered row is known by its line.
  return {
    ...source,
    line: source.line + 100_000 * k,
    locator: locator ?? `${source.locator} (copy ${k})`,
    raw: vary(source.raw, k),
  };
}

function vary(text: string, k: number): string {
  let n = 0;
  return text.replace(/\p{L}{6,}/gu, (word) => {
    n += 1;
    if (n % 3 !== 0) return word;
    const code = (k * 7919 + n * 104729) % (LETTERS.length * LETTERS.length);
    const syllable = `${LETTERS[code % LETTERS.length]}${LETTERS[Math.floor(code / LETTERS.length)]}`;
    return `${word.slice(0, 3)}${syllable}${word.slice(3)}`;
  });
}
