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
}

export function buildClassifier(intents: readonly IntentSpec[], featuresOf: (text: string) => string[]): Classifier {
  const examples = intents.flatMap((intent) =>
    [...intent.examples.lv, ...intent.examples.en].map((text) => ({
      intent: intent.id,
      features: new Set(featuresOf(text)),
    })),
  );
  const df = new Map<string, number>();
  for (const e of examples) for (const f of e.features) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map([...df].map(([f, n]) => [f, Math.log(1 + examples.length / n)]));
  return { intents, examples, idf, typos: new TypoIndex(df.keys()) };
}

/** The best score of each intent for the question's features, highest first. */
export function scoreIntents(classifier: Classifier, features: readonly string[]): { intent: string; score: number }[] {
  const query = [...new Set(features)];
  const best = new Map<string, number>();
  for (const example of classifier.examples) {
    const score = similarity(classifier, query, example.features);
    if (score > (best.get(example.intent) ?? 0)) best.set(example.intent, score);
  }
  return classifier.intents
    .map((i) => ({ intent: i.id, score: best.get(i.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
}

/** Weighted Dice: twice the weight both share over the weight of each. Unknown words weigh as the rarest. */
function similarity(c: Classifier, query: readonly string[], example: Set<string>): number {
  const maxIdf = Math.log(1 + c.examples.length);
  const weight = (f: string) => c.idf.get(f) ?? maxIdf;
  let shared = 0;
  let queryWeight = 0;
  for (const f of query) {
    const w = weight(f);
    queryWeight += w;
    shared += matchWeight(f, example, c.typos) * w;
  }
  let exampleWeight = 0;
  for (const f of example) exampleWeight += weight(f);
  return queryWeight + exampleWeight === 0 ? 0 : (2 * shared) / (queryWeight + exampleWeight);
}

function matchWeight(feature: string, example: Set<string>, typos: TypoIndex): number {
  if (example.has(feature)) return 1;
  if (feature.length < 5 || feature.startsWith('#')) return 0;
  for (const e of typos.near(feature)) if (e.length >= 5 && example.has(e)) return 0.8;
  return 0;
}
