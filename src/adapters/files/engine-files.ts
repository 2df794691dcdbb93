/** Reads the intents and the glossary and builds the answer engine over the committed knowledge. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerEngine } from '../../core/answer/answer.js';
import { buildEngine } from '../../core/answer/build-engine.js';
import { type IntentSpec, IntentSpecSchema } from '../../core/understand/intent-spec.js';
import { loadGlossary } from './glossary-file.js';
import { KnowledgeFileError, loadKnowledge } from './knowledge-files.js';
import { PROJECT_ROOT } from './paths.js';
import { readSearchState } from './search-state-file.js';

export const INTENTS_DIR = `${PROJECT_ROOT}intents`;

export function readIntents(dir = INTENTS_DIR): IntentSpec[] {
  const intents = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      try {
        return IntentSpecSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      } catch (error) {
        throw new KnowledgeFileError(file, `not a valid intent: ${(error as Error).message.split('\n')[0]}`);
      }
    });
  const ids = new Set<string>();
  for (const intent of intents) {
    if (ids.has(intent.id)) throw new KnowledgeFileError(dir, `two intents have the id "${intent.id}"`);
    ids.add(intent.id);
  }
  return intents;
}

/**
 * The engine over the files in the repository: knowledge/extracted, knowledge/curated, knowledge/index, intents.
 * Without a usable knowledge/index the engine is still built, only slower; `warn` hears why.
 */
export function loadEngine(warn: (problem: string) => void = () => {}): AnswerEngine {
  const knowledge = loadKnowledge();
  const read = readSearchState(knowledge);
  if ('problem' in read) warn(read.problem);
  return buildEngine(knowledge, readIntents(), loadGlossary(), 'state' in read ? read.state : undefined);
}
