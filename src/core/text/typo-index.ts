/**
 * Finds the known words one typo away from a word (one insertion, deletion, substitution or swap of neighbours,
 * as `withinEdits` counts) without comparing it with every known word. Two words one edit apart always share a
 * "deletion form": one of them, or one of them with a single character removed. Every known word is filed under
 * the hash of each of its forms, so a lookup probes one bucket per character of the word and confirms the few
 * candidates there with the real edit distance: its cost depends on the word's length, not the vocabulary's size.
 *
 * The buckets are two flat integer arrays (offsets and word numbers), so a large vocabulary costs four bytes per
 * form and no string per form; a hash collision only adds a candidate that the confirmation rejects.
 */
import { withinEdits } from './edit-distance.js';

/** Longer "words" are URLs and pasted noise: not typed, so never looked up by typo. */
export const MAX_TYPO_WORD = 40;
/** A question asks about the same few words many times over (once per intent example); the memo stays small. */
const MEMO_SIZE = 256;

export class TypoIndex {
  readonly words: readonly string[];
  private readonly offsets: Uint32Array;
  private readonly members: Uint32Array;
  private readonly mask: number;
  private readonly memo = new Map<string, readonly string[]>();

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length > 0 && w.length <= MAX_TYPO_WORD);
    let forms = 0;
    for (const word of this.words) forms += codePointsOf(word) + 1;
    const buckets = 2 ** Math.max(4, Math.ceil(Math.log2(forms + 1)));
    this.mask = buckets - 1;
    this.offsets = new Uint32Array(buckets + 1);
    this.members = new Uint32Array(forms);
    this.fill();
  }

  /** The known words at most one edit from `word`, `word` itself included when it is known. */
  near(word: string): readonly string[] {
    const remembered = this.memo.get(word);
    if (remembered) return remembered;
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    const found = this.lookup(word);
    this.memo.set(word, found);
    return found;
  }

  private lookup(word: string): string[] {
    if (word.length === 0 || word.length > MAX_TYPO_WORD) return [];
    const found: string[] = [];
    const seen = new Set<number>();
    const count = formHashes(codePointsOf(word));
    for (let f = 0; f < count; f++) {
      const bucket = (HASHES[f] ?? 0) & this.mask;
      for (let at = this.offsets[bucket] ?? 0, end = this.offsets[bucket + 1] ?? 0; at < end; at++) {
        const id = this.members[at] ?? 0;
        if (seen.has(id)) continue;
        seen.add(id);
        const known = this.words[id] ?? '';
        if (withinEdits(known, word, 1)) found.push(known);
      }
    }
    return found;
  }

  /** Counting sort of (bucket, word) pairs: one pass counts, the second files each word in its buckets. */
  private fill(): void {
    // The hashes are computed twice rather than kept: a large vocabulary would hold millions of them meanwhile.
    for (const word of this.words) {
      const count = formHashes(codePointsOf(word));
      for (let f = 0; f < count; f++) {
        const b = ((HASHES[f] ?? 0) & this.mask) + 1;
        this.offsets[b] = (this.offsets[b] ?? 0) + 1;
      }
    }
    for (let b = 1; b < this.offsets.length; b++) this.offsets[b] = (this.offsets[b] ?? 0) + (this.offsets[b - 1] ?? 0);
    const next = this.offsets.slice(0, -1);
    this.words.forEach((word, id) => {
      const count = formHashes(codePointsOf(word));
      for (let f = 0; f < count; f++) {
        const b = (HASHES[f] ?? 0) & this.mask;
        const at = next[b] ?? 0;
        this.members[at] = id;
        next[b] = at + 1;
      }
    });
  }
}

/*
 * Scratch buffers shared by every index: a word is at most MAX_TYPO_WORD code units, so at most that many code
 * points and one more form. The work is synchronous, so no two uses overlap.
 */
const POINTS = new Uint32Array(MAX_TYPO_WORD);
const HASHES = new Uint32Array(MAX_TYPO_WORD + 1);
const PREFIX = new Uint32Array(MAX_TYPO_WORD + 1);
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Puts the word's code points in POINTS and gives their number. */
function codePointsOf(word: string): number {
  let n = 0;
  for (const ch of word) POINTS[n++] = ch.codePointAt(0) ?? 0;
  return n;
}

/**
 * Puts in HASHES the FNV-1a hashes of the word (its `n` code points in POINTS) and of the word without each of
 * its code points in turn, and gives their number. The hash of a prefix is shared by every form that keeps it.
 */
function formHashes(n: number): number {
  PREFIX[0] = FNV_OFFSET;
  for (let i = 0; i < n; i++) PREFIX[i + 1] = Math.imul((PREFIX[i] ?? 0) ^ (POINTS[i] ?? 0), FNV_PRIME);
  HASHES[0] = PREFIX[n] ?? 0;
  for (let skip = 0; skip < n; skip++) {
    let hash = PREFIX[skip] ?? 0;
    for (let i = skip + 1; i < n; i++) hash = Math.imul(hash ^ (POINTS[i] ?? 0), FNV_PRIME);
    HASHES[skip + 1] = hash;
  }
  return n + 1;
}
