/**
 * Abbreviations the running text defines where it first uses them, not in a list: "Bērnu agrīnās attīstības
 * skrīninga instrumentu komplekts (BAASIK)", "Valsts administrācijas skolu (turpmāk – VAS)". The sentence is
 * quoted as it stands; the expansion is named only when the initials of the words before the bracket spell it.
 */
import { splitSentences } from '../documents/passages.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Source } from '../knowledge/model.js';
import { fold } from '../text/fold.js';

export interface InlineDefinition {
  abbr: string;
  expansion?: string;
  sentence: string;
  source: Source;
}

/** At most this many words before the bracket make up an expansion. */
const MAX_EXPANSION_WORDS = 10;
/** Words that may stand between the ones whose initials spell an abbreviation. */
const LINKING = new Set(['un', 'ar', 'par', 'no', 'of', 'and', 'for', 'the']);

export function inlineDefinition(abbr: string, knowledge: Knowledge): InlineDefinition | undefined {
  const escaped = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bracket = new RegExp(`\\((?:turpmāk\\s*[–-]\\s*)?${escaped}\\)`, 'u');
  for (const passage of knowledge.passages) {
    if (!bracket.test(passage.text)) continue;
    const sentence = splitSentences(passage.text).find((s) => bracket.test(s)) ?? passage.text;
    const before = sentence.slice(0, sentence.search(bracket)).trim();
    const expansion = expansionOf(before, abbr);
    return { abbr, ...(expansion ? { expansion } : {}), sentence, source: passage.source };
  }
  return undefined;
}

/** The shortest run of words before the bracket whose initials spell the abbreviation, if there is one. */
function expansionOf(before: string, abbr: string): string | undefined {
  const words = before.split(/\s+/u).filter(Boolean).slice(-MAX_EXPANSION_WORDS);
  const target = fold(abbr).replace(/[^a-z]/g, '');
  for (let start = words.length - 1; start >= 0; start--) {
    const initials = words
      .slice(start)
      .filter((w) => !LINKING.has(fold(w)))
      .map((w) => fold(w).charAt(0))
      .join('');
    if (initials === target) return words.slice(start).join(' ');
  }
  return undefined;
}
