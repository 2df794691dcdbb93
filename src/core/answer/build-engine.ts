/** Puts the answer engine together from the knowledge, the intents and the glossary. Done once at start-up. */

import type { Knowledge } from '../knowledge/knowledge.js';
import { buildKnowledgeBase } from '../knowledge/knowledge-base.js';
import type { SearchState } from '../knowledge/search-state.js';
import { fold } from '../text/fold.js';
import { buildClassifier } from '../understand/classify.js';
import { featuresOf } from '../understand/features.js';
import { groupTopicIndex } from '../understand/group-slot.js';
import type { IntentSpec } from '../understand/intent-spec.js';
import type { Translator } from '../understand/understand.js';
import type { AnswerEngine } from './answer.js';
import { HANDLERS } from './handlers/registry.js';

/** `prepared`: the search state written at ingest, when it was read for this very knowledge. */
export function buildEngine(
  knowledge: Knowledge,
  intents: IntentSpec[],
  translator: Translator,
  prepared?: SearchState,
): AnswerEngine {
  for (const intent of intents) {
    if (!HANDLERS[intent.handler]) throw new Error(`intent ${intent.id}: no handler named "${intent.handler}"`);
  }
  const kb = buildKnowledgeBase(knowledge, prepared);
  const classifier = buildClassifier(intents, (text) => featuresOf(text, kb.registry));
  const knownAbbreviations = new Set([
    ...knowledge.abbreviations.map((a) => a.abbr),
    ...knowledge.institutions.flatMap((i) => i.abbreviations),
  ]);
  return {
    understander: {
      kb,
      classifier,
      translator,
      groupIndex: groupTopicIndex(knowledge.groups),
      knownAbbreviations,
      vocabulary: vocabulary(knowledge, translator),
    },
    intents: new Map(intents.map((i) => [i.id, i])),
  };
}

/** Every folded word of the documents and the glossary's English words: words that are not people's names. */
function vocabulary(knowledge: Knowledge, translator: Translator): Set<string> {
  const words = new Set(translator.englishWords());
  const texts = [
    ...knowledge.passages.map((p) => p.text),
    ...knowledge.measures.map((m) => `${m.text} ${m.result} ${m.indicator}`),
    ...knowledge.groups.map((g) => `${g.title} ${g.purpose}`),
    ...knowledge.institutions.map((i) => `${i.name} ${i.nameEn} ${i.aliases.join(' ')}`),
  ];
  for (const text of texts) for (const word of fold(text).split(/[^\p{L}]+/u)) if (word.length > 2) words.add(word);
  return words;
}
