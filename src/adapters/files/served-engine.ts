/**
 * The engine over the committed knowledge and the documents added at run time. With none added it is exactly the
 * engine of engine-files.ts (with its saved search state); with some, the search index is built for the merged
 * knowledge, since the saved one describes the committed knowledge only.
 */
import type { AnswerEngine } from '../../core/answer/answer.js';
import { buildEngine } from '../../core/answer/build-engine.js';
import { DOCUMENTS } from '../../core/documents/catalogue.js';
import type { DocumentExtract } from '../../core/knowledge/model.js';
import { servedKnowledge } from '../../core/knowledge/served-knowledge.js';
import { loadEngine, readIntents } from './engine-files.js';
import { loadGlossary } from './glossary-file.js';
import { readCuratedInstitutions, readExtracts } from './knowledge-files.js';

const ORDER: string[] = Object.keys(DOCUMENTS);

export function loadServedEngine(
  added: readonly DocumentExtract[],
  warn: (problem: string) => void = () => {},
): AnswerEngine {
  if (added.length === 0) return loadEngine(warn);
  const baseline = readExtracts().sort((a, b) => ORDER.indexOf(a.document.id) - ORDER.indexOf(b.document.id));
  const knowledge = servedKnowledge(baseline, added, readCuratedInstitutions());
  return buildEngine(knowledge, readIntents(), loadGlossary());
}
