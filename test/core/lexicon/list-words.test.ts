import { describe, expect, it } from 'vitest';
import * as words from '../../../src/core/lexicon/list-words.js';
import { fold } from '../../../src/core/text/fold.js';

describe('the list words', () => {
  it('are all folded, so that they can match the folded question', () => {
    for (const [name, cues] of Object.entries(words)) {
      for (const entry of [...cues.prefixes, ...(cues.words ?? []), ...(cues.phrases ?? [])]) {
        const letters = entry.replace(/\\p\{L\}/gu, '');
        expect(fold(letters), `${name}: ${entry}`).toBe(letters);
      }
    }
  });
});
