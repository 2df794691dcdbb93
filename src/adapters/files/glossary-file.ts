/** The curated English–Latvian glossary (knowledge/curated/glossary.json). */
import { readFileSync } from 'node:fs';
import { Glossary } from '../../core/understand/glossary.js';
import { KnowledgeFileError } from './knowledge-files.js';
import { CURATED_DIR } from './paths.js';

export function loadGlossary(dir = CURATED_DIR): Glossary {
  const file = `${dir}/glossary.json`;
  try {
    return Glossary.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new KnowledgeFileError(file, `not a valid glossary: ${(error as Error).message.split('\n')[0]}`);
  }
}
