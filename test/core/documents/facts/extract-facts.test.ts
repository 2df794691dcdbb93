/**
 * Facts read from the seeds' running text at ingest: counts, kinds and values checked against the sentences they
 * quote, and the subjects they are attached to.
 */
import { describe, expect, it } from 'vitest';
import { readCuratedInstitutions, readSeeds } from '../../../../src/adapters/files/knowledge-files.js';
import { SEEDS_DIR } from '../../../../src/adapters/files/paths.js';
import { ingestSeeds } from '../../../../src/app/ingest.js';
import { findValues } from '../../../../src/core/documents/facts/extract-facts.js';
import { type DocumentId, type RunningFact, RunningFactSchema } from '../../../../src/core/knowledge/model.js';

const { extracts } = ingestSeeds(readSeeds(SEEDS_DIR), readCuratedInstitutions());
const factsOf = (id: DocumentId) => extracts.find((e) => e.document.id === id)?.facts ?? [];
const ALL = extracts.flatMap((e) => e.facts);

/** The facts of one kind read from the one sentence that contains `needle`. */
function inSentence(document: DocumentId, needle: string, kind?: RunningFact['kind']): RunningFact[] {
  const sentences = new Set(
    factsOf(document)
      .filter((f) => f.source.raw.includes(needle))
      .map((f) => f.source.raw),
  );
  expect(sentences.size, needle).toBe(1);
  return factsOf(document).filter((f) => f.source.raw.includes(needle) && (!kind || f.kind === kind));
}

const values = (facts: RunningFact[]) => facts.map((f) => f.value);

describe('facts in running text', () => {
  it('are valid against the model, and every value stands in its quoted sentence', () => {
    for (const fact of ALL) {
      expect(RunningFactSchema.safeParse(fact).success).toBe(true);
      expect(fact.source.raw, fact.value).toContain(fact.value);
      expect(fact.source.raw).toContain(fact.clause);
    }
  });

  it('are found in every document that has running text, most in the report, the BAC information and the programme', () => {
    const counts = Object.fromEntries(extracts.map((e) => [e.document.id, e.facts.length]));
    expect(counts.report).toBeGreaterThan(150);
    expect(counts.bac).toBeGreaterThan(70);
    expect(counts.programme).toBeGreaterThan(50);
    expect(counts.groups).toBeGreaterThan(0);
  });

  it('reads the helpline hours, its web site and e-mail (“strādā visu diennakti, čata darba laiks ir darba dienās no 12:00-20:00 …”)', () => {
    const sentence = inSentence('bac', 'čata darba laiks');
    expect(sentence.map((f) => [f.kind, f.value])).toEqual([
      ['time', 'visu diennakti'],
      ['time', 'darba dienās no 12:00-20:00'],
      ['place', 'https://uzticibastalrunis.lv/'],
      ['place', 'uzticibaspasts116111@bac.gov.lv'],
    ]);
    expect(sentence[1]?.clause).toBe('čata darba laiks ir darba dienās no 12:00-20:00');
    expect(sentence[0]?.subject).toMatchObject({ kind: 'unit', name: 'Uzticības tālruņa nodaļa' });
  });

  it('reads counts with what they count (“nodrošināta 122 bērniem, 137 pedagogiem un 18 speciālistiem, kā arī 57 ģimenes locekļiem”)', () => {
    const counts = inSentence('programme', '122 bērniem', 'count');
    expect(counts.map((f) => [f.number, f.counted])).toEqual([
      [122, 'bērniem'],
      [137, 'pedagogiem'],
      [18, 'speciālistiem'],
      [57, 'ģimenes locekļiem'],
    ]);
    expect(counts[0]?.subject).toMatchObject({ kind: 'activity', id: '1' });
  });

  it('reads counts written as words and with their digits spelt out (“sešas tematiskas koprades darbnīcas”, “12 (divpadsmit) BAS”)', () => {
    expect(inSentence('programme', 'sešas tematiskas', 'count').map((f) => [f.value, f.number])).toEqual([
      ['sešas', 6],
      ['līdz 12', 12],
    ]);
    const bas = inSentence('bac', 'darbu uzsāka 12 (divpadsmit) BAS', 'count')[0];
    expect(bas).toMatchObject({ value: '12 (divpadsmit)', number: 12, counted: 'BAS' });
  });

  it('reads a project activity’s period and attaches it to the activity (“Tematisko atbalsta grupu nodrošināšana (… no 2025.gada 1.cet. līdz 2029.gada 3.cet.)”)', () => {
    const period = inSentence('bac', 'Tematisko atbalsta grupu nodrošināšana (', 'period')[0];
    expect(period?.value).toBe('no 2025.gada 1.cet. līdz 2029.gada 3.cet');
    expect(period?.period).toMatchObject({ kind: 'range', start: '2025-01-01', end: '2029-09-30' });
    expect(period?.subject).toMatchObject({ kind: 'project-activity', name: 'Tematisko atbalsta grupu nodrošināšana' });
    expect(period?.subject.path).toEqual([
      'Atbalsta pakalpojumu departaments',
      'Atbalsta pasākumi bērniem ar uzvedības vai atkarību problēmām un to ģimenēm',
      'Tematisko atbalsta grupu nodrošināšana',
    ]);
  });

  it('reads sums, shares, durations and how often (“70 procentu apmērā … 49,24 EUR par vienu stundu”, “reizi divās nedēļās”)', () => {
    const rates = inSentence('bac', '49,24 EUR');
    expect(rates.filter((f) => f.kind === 'amount').map((f) => f.number)).toEqual([49.24, 11.2]);
    expect(rates.find((f) => f.kind === 'percentage')).toMatchObject({ value: '70 procentu', number: 70 });
    expect(values(inSentence('bac', 'Katras nodarbības ilgums', 'duration'))).toEqual(['2 stundas']);
    expect(values(inSentence('bac', 'ne retāk kā reizi divās nedēļās', 'frequency'))).toEqual([
      'ne retāk kā reizi divās nedēļās',
    ]);
  });

  it('reads laws, regulations and organisations, and their dates are not dates of their own', () => {
    expect(values(inSentence('programme', '62. panta otrā daļa', 'law'))).toEqual([
      'Bērnu tiesību aizsardzības likuma 62. panta otrā daļa',
    ]);
    const commission = inSentence('bac', 'noteikumiem Nr. 13');
    expect(commission.map((f) => f.kind)).toEqual(['law', 'law']);
    expect(commission[1]?.value).toBe('Ministru kabineta 2024. gada 9. janvāra noteikumiem Nr. 13');
    expect(values(inSentence('bac', 'Programmu īstenos biedrība', 'organisation'))).toEqual([
      'biedrība “Izglītības iniciatīvu centrs”',
    ]);
  });

  it('reads the programme’s results as its activity’s facts (“izveidoti trīs video stāsti (videorullīši)”)', () => {
    const stories = inSentence('programme', 'trīs video stāsti', 'count')[0];
    expect(stories).toMatchObject({ number: 3, counted: 'video stāsti' });
    expect(stories?.subject).toMatchObject({ kind: 'activity', id: '2.1.6' });
  });

  it('does not read ids, phone numbers, list markers or document numbers as counts', () => {
    const counts = ALL.filter((f) => f.kind === 'count').map((f) => f.number);
    for (const id of [371, 22405299, 116111, 80006008, 984, 13, 4]) {
      const found = ALL.filter((f) => f.kind === 'count' && f.number === id && /Nr\.|\+371|116111/u.test(f.value));
      expect(found, String(id)).toEqual([]);
    }
    expect(counts).not.toContain(22045);
    expect(findValues('Projekts Nr. 4.3.6.5/1/24/I/001 “Atbalsta pasākumi”.')).toEqual([]);
  });
});
