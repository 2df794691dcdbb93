import { describe, expect, it } from 'vitest';
import { analyze, analyzeTerms } from '../../../src/core/text/analyze.js';

describe('analyze', () => {
  it('drops stop words, stems words and keeps ids whole', () => {
    expect(analyze('Kas ir atbildīgs par 4.4.5. pasākumu?')).toEqual(['atbildig', '4.4.5', 'pasakum']);
  });

  it('gives the same terms with and without diacritics', () => {
    expect(analyze('Atbildīgajām institūcijām termiņš pusgadā')).toEqual(
      analyze('atbildigajam institucijam termins pusgada'),
    );
  });

  it('does not stem abbreviations, phones, e-mails or URLs', () => {
    expect(analyze('VBTAI, IeVP, +371 22405299, pasts@bac.gov.lv, bernamaja.lv')).toEqual([
      'vbtai',
      'ievp',
      '+37122405299',
      'pasts@bac.gov.lv',
      'bernamaja.lv',
    ]);
  });

  it('drops English stop words from English questions', () => {
    expect(analyze('Who is responsible for the measure?')).toEqual(['responsibl', 'measur']);
  });

  it('keeps the folded form beside the stem', () => {
    expect(analyzeTerms('Bērnu')).toEqual([{ term: 'bern', folded: 'bernu', kind: 'word' }]);
  });

  it('drops single letters (list markers) but not single digits', () => {
    expect(analyze('a) b) 2)')).toEqual(['2']);
  });
});
