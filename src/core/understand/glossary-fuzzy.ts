/**
 * Typo lookup for English words: finds the known word one edit away ("guardain" → "guardian", "responsable" →
 * "responsible"). Every known word is indexed under itself and each form with one character deleted; two words
 * one edit apart share such a form, so a lookup costs one probe per character of the word instead of a
 * comparison with every known word. Candidates are confirmed with the real edit distance.
 */
import { withinEdits } from '../text/edit-distance.js';

/** Words longer than any real English word are skipped, which keeps each lookup's cost bounded. */
const MAX_WORD = 40;

export class FuzzyIndex {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length > MAX_WORD) continue;
      for (const form of deletionForms(word)) {
        const known = this.byDeletion.get(form) ?? [];
        if (!known.includes(word)) known.push(word);
        this.byDeletion.set(form, known);
      }
    }
  }

  /** The closest known word at most one edit away (the first in index order on a tie), if any. */
  lookup(word: string): string | undefined {
    if (word.length > MAX_WORD) return undefined;
    for (const form of deletionForms(word)) {
      const match = this.byDeletion.get(form)?.find((known) => known !== word && withinEdits(known, word, 1));
      if (match !== undefined) return match;
    }
    return undefined;
  }
}

/** The word itself first, then the word without each of its characters. */
function deletionForms(word: string): string[] {
  const chars = Array.from(word);
  const forms = [word];
  for (let i = 0; i < chars.length; i++) forms.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  return forms;
}
