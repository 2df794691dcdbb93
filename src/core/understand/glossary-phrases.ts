/**
 * A table of word sequences (one word or a phrase) and the entries they belong to, matched longest first. The
 * work at each position is bounded by the longest phrase in the table, so a scan stays linear in the text.
 */

export interface PhraseMatch {
  /** How many words the match covers. */
  length: number;
  entries: readonly number[];
}

/** Joins words with a character that no normalised word contains. */
const SEPARATOR = '\u0001';

export class PhraseTable {
  private readonly table = new Map<string, number[]>();
  private longest = 0;

  add(words: readonly string[], entry: number): void {
    if (words.length === 0) return;
    const key = words.join(SEPARATOR);
    const entries = this.table.get(key) ?? [];
    if (!entries.includes(entry)) entries.push(entry);
    this.table.set(key, entries);
    this.longest = Math.max(this.longest, words.length);
  }

  /** The longest sequence starting at `start` whose words (as `wordAt` gives them) are in the table. */
  longestAt(count: number, start: number, wordAt: (index: number) => string | undefined): PhraseMatch | undefined {
    const words: string[] = [];
    for (let i = start; i < Math.min(count, start + this.longest); i++) {
      const word = wordAt(i);
      if (word === undefined) break;
      words.push(word);
    }
    for (let length = words.length; length > 0; length--) {
      const entries = this.table.get(words.slice(0, length).join(SEPARATOR));
      if (entries) return { length, entries };
    }
    return undefined;
  }
}
