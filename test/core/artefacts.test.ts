import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preprocess, takeFootnoteRefs } from '../../src/core/documents/artefacts.js';
import { splitParties } from '../../src/core/documents/parties.js';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

describe('preprocess', () => {
  it('keeps every line and removes all footnote bodies', () => {
    const text = seed('plan-2022-2025.txt');
    const { lines, footnotes } = preprocess(text);
    expect(lines.length).toBe(text.split('\n').length);
    expect(footnotes.size).toBe(39);
    expect(lines.some((l) => /\[\d+:/.test(l))).toBe(false);
    expect(lines.some((l) => l.includes('[bookmark:'))).toBe(false);
  });

  it('reads a footnote that runs over two lines and where it starts', () => {
    const { footnotes } = preprocess(seed('report-violence-in-schools-2025.txt'));
    const first = footnotes.get(1);
    expect(first?.line).toBe(4);
    expect(first?.text).toMatch(/^Ministru kabineta 27\.08\.2024\. sēdes protokola Nr\. 33/);
    expect(first?.text).toMatch(/ac89d2199c63$/);
  });

  it('takes footnote references out of a cell in order', () => {
    expect(takeFootnoteRefs('No 2023. gada 2.pusgada[footnoteRef:4] x[footnoteRef:7]')).toEqual({
      text: 'No 2023. gada 2.pusgada x',
      refs: [4, 7],
    });
  });
});

describe('splitParties', () => {
  it('splits on commas outside parentheses', () => {
    expect(splitParties('Pašvaldības, ZZ Dats (BARIS īpašnieks un uzturētājs)').map((p) => p.name)).toEqual([
      'Pašvaldības',
      'ZZ Dats (BARIS īpašnieks un uzturētājs)',
    ]);
    expect(splitParties('LM, ').map((p) => p.name)).toEqual(['LM']);
    expect(splitParties('VPD, RPNC, NVD, LM, VBTAI')).toHaveLength(5);
  });
});
