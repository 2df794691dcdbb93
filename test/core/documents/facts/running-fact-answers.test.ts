/**
 * Questions about a figure or detail in running text, through the real engine: the exact value first, the
 * sentence quoted and cited; "not in the documents" when the named subject has no value of the asked kind.
 */
import { describe, expect, it } from 'vitest';
import { useEngine } from '../../answer/ask-engine.js';

const ask = useEngine();
const firstLine = (text: string) => text.split('\n')[0] ?? '';

describe('facts in running text, answered exactly', () => {
  it('gives the count the question counts, not another figure of the same sentence', () => {
    const r = ask('Cik bērniem plānots nodrošināt starpdisciplināro atbalsta pakalpojumu?');
    expect(r.found).toBe(true);
    expect(firstLine(r.text)).toBe('Skaits: vismaz 200 bērniem');
    expect(r.sources[0]).toMatchObject({ document: 'bac', locator: 'Atbalsta pakalpojumu departaments' });
    expect(r.sources[0]?.quote).toContain('Starpdisciplināro atbalsta pakalpojumu ir plānots nodrošināt vismaz 200');
  });

  it('lists every count a question names from one sentence', () => {
    const r = ask('Cik bērniem, pedagogiem un speciālistiem izbraukumos sniegta psiholoģiskā palīdzība?');
    expect(firstLine(r.text)).toBe('Skaits: 122 bērniem; 137 pedagogiem; 18 speciālistiem');
    expect(r.sources[0]).toMatchObject({ document: 'programme', locator: '1. pasākums' });
  });

  it('answers the hours of the thing named, not the other hours in its sentence', () => {
    expect(firstLine(ask('Kad strādā uzticības tālruņa čats?').text)).toBe('Laiks: darba dienās no 12:00-20:00');
    expect(firstLine(ask('Kad var zvanīt uz uzticības tālruni?').text)).toBe('Laiks: visu diennakti');
  });

  it('answers since when from the sentence whose neighbour names the phone number', () => {
    const r = ask('Kopš kura datuma sniedz konsultācijas pa tālruni 80006008?');
    expect(firstLine(r.text)).toBe('Laiks: 2025. gada 31. martu');
    expect(r.sources[0]).toMatchObject({ document: 'report', locator: '9. uzdevums' });
  });

  it('answers a law and an organisation in English with the Latvian value quoted, and a period', () => {
    expect(firstLine(ask('Which article of which law makes the ministry draft the yearly state programme?').text)).toBe(
      'Legal basis: Bērnu tiesību aizsardzības likuma 62. panta otrā daļa',
    );
    const company = ask('Which company carried out the survey the monthly consultation topics are based on?');
    expect(firstLine(company.text)).toMatch(/^Organisation: SIA “Bērnu un Pusaudžu resursu centr/u);
    const period = ask('Kad īsteno ESF Plus projektu bērniem ar uzvedības vai atkarību problēmām?');
    expect(firstLine(period.text)).toBe('Laiks: no 12.2023. līdz 12.2029');
  });

  it('keeps a question that asks two values of one sentence whole', () => {
    const r = ask(
      'Cik bērnu ar uzvedības problēmām un cik ar to iestāšanās risku bija 2020. gadā pēc Valsts kontroles datiem?',
    );
    expect(firstLine(r.text)).toBe(
      // What is counted is read up to five words: enough to tell the two apart.
      'Skaits: vismaz 10 360 bērni ar uzvedības problēmām; vismaz 36 545 bērni ar uzvedības problēmu iestāšanās',
    );
  });

  it('answers two kinds of value asked of one subject', () => {
    const r = ask('Cik nodarbību būs tematiskajās atbalsta grupās un cik ilga būs katra nodarbība?');
    expect(r.text).toContain('Skaits: 12 nodarbībās');
    expect(r.text).toContain('Ilgums: 2 stundas');
  });

  it('says the value is not in the documents when the named subject states none of that kind', () => {
    const r = ask('Kad tika izveidota Analītikas nodaļa?');
    expect(r.found).toBe(false);
    expect(r.text).toBe('Par “Analītikas nodaļa” dokumentos laiks nav norādīts.');
    expect(r.sources[0]).toMatchObject({ document: 'bac', locator: 'Analītikas nodaļa' });
    expect(ask('Cik maksā Bērna māja?').text).toBe('Par “Bērna māja” dokumentos summa nav norādīta.');
  });

  it('leaves table answers to their handlers', () => {
    const measure = ask('Kad jāizpilda 4.4.5. pasākums?');
    expect(measure.intent).toBe('deadline');
    const funding = ask('Cik naudas paredzēts 2.1.3. pasākumam?');
    expect(funding.text).toContain('30 000 euro');
    const listed = ask('Cik pasākumu ir 4.3. uzdevumā?');
    expect(listed.text).toContain('9');
  });
});
