/**
 * Scores intents against their examples. A question and every example become feature sets (Latvian stems of their
 * words; placeholders for slots such as a numbered reference or an institution), compared by weighted overlap
 * with IDF weights over all examples, so that rare cue words ("termiņš", "deputy") count more than common ones.
 * Words of five or more letters also match one typo away.
 */
import { TypoIndex } from '../text/typo-index.js';
import type { IntentSpec } from './intent-spec.js';

export interface Classifier {
  intents: readonly IntentSpec[];
  examples: { intent: string; features: Set<string> }[];
  idf: Map<string, number>;
  /** Every example feature, for the typo match. */
  typos: TypoIndex;
  /** The examples (by position) that hold each feature: a question is compared only with those sharing a word. */
  byFeature: Map<string, number[]>;
  /** Each example's own weight, the sum of its features' IDF. */
  exampleWeights: Float64Array;
}

export function buildClassifier(intents: readonly IntentSpec[], featuresOf: (text: string) => string[]): Classifier {
  const examples = intents.flatMap((intent) =>
    [...intent.examples.lv, ...intent.examples.en].map((text) => ({
      intent: intent.id,
      features: new Set(featuresOf(text)),
    })),
  );
  const df = new Map<string, number>();
  const byFeature = new Map<string, number[]>();
  examples.forEach((e, n) => {
    for (const f of e.features) {
      df.set(f, (df.get(f) ?? 0) + 1);
      const holding = byFeature.get(f);
      if (holding) holding.push(n);
      else byFeature.set(f, [n]);
    }
  });
  const idf = new Map([...df].map(([f, n]) => [f, Math.log(1 + examples.length / n)]));
  const exampleWeights = new Float64Array(examples.length);
  examples.forEach((e, n) => {
    let weight = 0;
    for (const f of e.features) weight += idf.get(f) ?? 0;
    exampleWeights[n] = weight;
  });
  return { intents, examples, idf, typos: new TypoIndex(df.keys()), byFeature, exampleWeights };
}

/**
 * The best score of each intent for the question's features, highest first: weighted Dice, twice the weight an
 * example shares with the question over the weight of each, where unknown words weigh as the rarest and a word
 * one typo from an example's word shares 0.8 of its weight. An example sharing nothing scores 0.
 */
export function scoreIntents(classifier: Classifier, features: readonly string[]): { intent: string; score: number }[] {
  const c = classifier;
  const query = [...new Set(features)];
  const maxIdf = Math.log(1 + c.examples.length);
  const shared = new Float64Array(c.examples.length);
  let queryWeight = 0;
  for (const f of query) {
    const w = c.idf.get(f) ?? maxIdf;
    queryWeight += w;
    for (const [n, match] of matches(c, f)) shared[n] = (shared[n] ?? 0) + match * w;
  }
  const best = new Map<string, number>();
  c.examples.forEach((example, n) => {
    const total = queryWeight + (c.exampleWeights[n] ?? 0);
    const score = total === 0 ? 0 : (2 * (shared[n] ?? 0)) / total;
    if (score > (best.get(example.intent) ?? 0)) best.set(example.intent, score);
  });
  return c.intents
    .map((i) => ({ intent: i.id, score: best.get(i.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
}

/** The examples a feature matches and how well: 1 when they hold it, 0.8 when they hold a word one typo away. */
function matches(c: Classifier, feature: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const n of c.byFeature.get(feature) ?? []) found.set(n, 1);
  if (feature.length < 5 || feature.startsWith('#')) return found;
  for (const e of c.typos.near(feature)) {
    if (e.length < 5) continue;
    for (const n of c.byFeature.get(e) ?? []) if (!found.has(n)) found.set(n, 0.8);
  }
  return found;
}
