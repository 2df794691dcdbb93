/** Two answers to the two parts of one question, as one reply: each part's text with its own sources. */
import type { Reply } from './reply.js';

export function joinReplies(a: Reply, b: Reply): Reply {
  const key = (s: Reply['sources'][number]) => `${s.document}|${s.locator}|${s.quote}`;
  const seen = new Set(a.sources.map(key));
  // The second part about the same item repeats its heading and key facts: each line is said once.
  const said = new Set([...a.text.split('\n'), ...a.facts.map((f) => `${f.label}: ${f.value}`)]);
  const first = [a.text, ...a.facts.map((f) => `${f.label}: ${f.value}`)];
  return {
    ...a,
    text: [...first, ...b.text.split('\n').filter((line) => !said.has(line))].filter(Boolean).join('\n'),
    facts: b.facts.filter((f) => !said.has(`${f.label}: ${f.value}`)),
    items: [...a.items, ...b.items],
    sources: [...a.sources, ...b.sources.filter((s) => !seen.has(key(s)))],
    suggestions: b.suggestions,
    actions: [],
    subjects: [...a.subjects, ...b.subjects.filter((s) => !a.subjects.some((t) => t.kind === s.kind && t.id === s.id))],
  };
}

/**
 * Two items a question matches alike, one after the other: each with all its own facts (both may well have the
 * same responsible institution), so none is dropped as said before.
 */
export function stackReplies(replies: readonly Reply[]): Reply {
  const [first, ...rest] = replies as [Reply, ...Reply[]];
  const block = (r: Reply) => [r.text, ...r.facts.map((f) => `${f.label}: ${f.value}`)].filter(Boolean).join('\n');
  return {
    ...first,
    found: replies.every((r) => r.found),
    text: replies.map(block).join('\n\n'),
    facts: [],
    sources: replies.flatMap((r) => r.sources),
    subjects: replies.flatMap((r) => r.subjects),
    suggestions: rest.at(-1)?.suggestions ?? first.suggestions,
  };
}

/** Both parts landed on the same things the same way: one question in two phrasings, answered better whole. */
export function sameAnswer(a: Reply, b: Reply): boolean {
  if (a.intent !== b.intent) return false;
  const ids = (r: Reply) =>
    r.subjects
      .map((s) => `${s.kind}:${s.id}`)
      .sort()
      .join(',');
  return ids(a) !== '' && ids(a) === ids(b);
}
