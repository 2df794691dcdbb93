import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/documents/catalogue.js';
import { parsePlan } from '../../../src/core/documents/plan/parse-plan.js';
import { DocumentExtractSchema, type Measure } from '../../../src/core/knowledge/model.js';

const text = readFileSync(new URL('../../../seeds/plan-2022-2025.txt', import.meta.url), 'utf8');
const seedLines = text.split('\n');
const seedLine = (n: number): string => seedLines[n - 1] ?? '';
const extract = parsePlan(text);

function measure(id: string | null): Measure {
  const found = extract.measures.find((m) => m.id === id);
  if (!found) throw new Error(`measure ${id} not found`);
  return found;
}
const names = (m: Measure, field: 'responsible' | 'coResponsible') => m[field].map((p) => p.name);

/** Number cells as they stand in the seed: a tab, maybe a bookmark or a non-breaking space, "N.N.N.", trailing blanks. */
const NUMBER_CELL = /^[ \u00a0]*\t(?:\[bookmark:[^\]]*\])?[ \u00a0]*(\d+\.\d+\.\d+)\.[\s\u00a0]*$/;
const numberCells = seedLines.flatMap((l) => NUMBER_CELL.exec(l)?.[1] ?? []);

describe('parsePlan on the real plan', () => {
  it('validates against the knowledge model', () => {
    expect(() => DocumentExtractSchema.parse(extract)).not.toThrow();
    expect(extract.document.id).toBe('plan');
  });

  it('reads the 26 abbreviations, JSPA with its tab and hyphen', () => {
    expect(extract.abbreviations).toHaveLength(26);
    expect(extract.abbreviations.map((a) => a.abbr).slice(0, 3)).toEqual(['ĀM', 'CSP', 'DLC']);
    const jspa = extract.abbreviations.find((a) => a.abbr === 'JSPA');
    expect(jspa?.name).toBe('Jaunatnes starptautisko programmu aģentūra');
    expect(jspa?.source).toEqual({
      document: 'plan',
      locator: 'abbreviation JSPA',
      line: 12,
      raw: 'JSPA\t- Jaunatnes starptautisko programmu aģentūra',
    });
    expect(extract.abbreviations.find((a) => a.abbr === 'IeM IC')?.name).toBe(
      'Iekšlietu ministrijas Informācijas centrs',
    );
    for (const a of extract.abbreviations) expect(seedLine(a.source.line)).toContain(a.abbr);
  });

  it('reads the six directions from the introduction; direction 6 has no measures', () => {
    expect(extract.directions.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(extract.directions[0]?.title).toBe('Agrīns preventīvs atbalsts veselīgai bērnu un jauniešu attīstībai');
    expect(extract.directions[4]?.title).toBe('Ģimeniska vide bērniem un jauniešiem ārpusģimenes aprūpē');
    expect(extract.directions[5]?.title).toMatch(/^Bērnu un jauniešu ar invaliditāti, .* stiprināšana$/);
    for (const d of extract.directions) expect(seedLine(d.source.line)).toContain(`${d.number}. ${d.title}`);
    const used = new Set(extract.measures.map((m) => m.direction));
    expect([...used].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives directions 2–5 the same titles as their headings in the table', () => {
    for (const d of extract.directions.slice(1, 5)) {
      const heading = seedLines.findIndex((l) => l.replace(/\u00a0/g, ' ') === `\t${d.number}. Rīcības virziens`);
      expect(heading).toBeGreaterThan(0);
      expect(seedLines[heading + 1]?.trim()).toBe(d.title);
    }
  });

  it('reads the 23 task headings 1.2 … 5.5 with their guidelines task', () => {
    const ids = extract.planTasks.map((t) => t.id);
    expect(ids).toHaveLength(23);
    expect(ids[0]).toBe('1.2');
    expect(ids.at(-1)).toBe('5.5');
    const task = (id: string) => extract.planTasks.find((t) => t.id === id);
    expect(task('1.2')?.guidelinesTask).toBe('1.1.2');
    expect(task('2.6')?.guidelinesTask).toBe('1.2.6');
    expect(task('3.1')?.guidelinesTask).toBe('1.4.1');
    expect(task('4.4')?.guidelinesTask).toBe('1.5.4');
    expect(task('5.4')?.guidelinesTask).toBe('2.1.4');
    expect(extract.planTasks.every((t) => t.guidelinesTask)).toBe(true);
    for (const t of extract.planTasks) {
      expect(t.title).not.toMatch(/NAP2027|uzdevums|footnoteRef/);
      expect(t.direction).toBe(Number(t.id.split('.')[0]));
      expect(t.source.locator).toBe(`task ${t.id}`);
      expect(seedLine(t.source.line)).toContain(`\t${t.id}. `);
    }
  });

  it('cuts the reference and the note off task titles and keeps their footnotes', () => {
    const t12 = extract.planTasks.find((t) => t.id === '1.2');
    expect(t12?.title).toMatch(/^Prenatālo un agrīnās bērnības .* grūtību veidošanās riskus bērniem$/);
    expect(t12?.footnotes).toHaveLength(1);
    expect(t12?.footnotes[0]).toMatch(/^Izpilde iekļauta Izglītības attīstības pamatnostādņu/);
    const t14 = extract.planTasks.find((t) => t.id === '1.4');
    expect(t14?.title).toBe('Bērnu un jauniešu emocionālās labklājības veicināšanas programmu un atbalsta ieviešana');
    const t24 = extract.planTasks.find((t) => t.id === '2.4');
    expect(t24?.title).toContain('(tai skaitā ņirgāšanās)');
    expect(t24?.footnotes).toEqual([]);
  });

  it('reads all 92 numbered measures, unique and in document order, plus the unnumbered row', () => {
    const ids = extract.measures.flatMap((m) => (m.id ? [m.id] : []));
    expect(numberCells).toHaveLength(92);
    expect(ids).toEqual(numberCells);
    expect(new Set(ids).size).toBe(92);
    expect(ids[0]).toBe('1.1.4');
    expect(ids.at(-1)).toBe('5.5.1');
    expect(extract.measures).toHaveLength(93);
    const lines = extract.measures.map((m) => m.source.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('points every measure at the line of its number and files it under its task', () => {
    for (const m of extract.measures) {
      if (!m.id) continue;
      expect(seedLine(m.source.line)).toContain(m.id);
      expect(m.task).toBe(m.id.split('.').slice(0, 2).join('.'));
      expect(m.direction).toBe(Number(m.id.split('.')[0]));
      expect(m.source.locator).toBe(`measure ${m.id}`);
      expect(m.flags).toEqual([]);
      expect(m.source.raw.split(' | ')).toHaveLength(7);
      expect(m.source.raw.startsWith(`${m.id}.`)).toBe(true);
    }
  });

  it('keeps the row before 1.1.4 without inventing a number', () => {
    const row = measure(null);
    expect(row.text).toMatch(/^Incredible years vecākiem adaptēšana/);
    expect(row.flags).toEqual(['number-missing']);
    expect(row.task).toBe('1.1');
    expect(row.direction).toBe(1);
    expect(row.source.locator).toBe('unnumbered row before measure 1.1.4');
    expect(seedLine(row.source.line)).toContain('Incredible years vecākiem adaptēšana');
    expect(row.source.raw.split(' | ')).toHaveLength(6);
    expect(row.deadline.raw).toBe('2023. gada 2.pusgads');
    const missing = extract.warnings.filter((w) => w.kind === 'missing-number');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.line).toBe(row.source.line);
    expect(missing[0]?.message).toContain(`line ${row.source.line}`);
  });

  it('reads 4.4.5', () => {
    const m = measure('4.4.5');
    expect(m.text).toBe('NPAIS izstrāde, testēšana un ieviešana');
    expect(names(m, 'responsible')).toEqual(['LM']);
    expect(names(m, 'coResponsible').slice(0, 6)).toEqual(['IeM', 'VBTAI', 'IeM IC', 'VM', 'NVD', 'NVO']);
    expect(names(m, 'coResponsible')[6]).toMatch(/^institūcijas – NPAIS lietotāji vai datu avoti \(/);
    expect(m.deadline.raw).toBe('No 2024.gada2.pusgada');
    expect(m.footnotes).toHaveLength(1);
    expect(m.footnotes[0]).toMatch(/^Finansēšanas avots, apjoms un kārtība/);
    expect(m.result.split('\n')).toHaveLength(4);
  });

  it('reads 2.1.6 across the blank lines inside its row', () => {
    const m = measure('2.1.6');
    expect(names(m, 'responsible')).toEqual(['SPKC']);
    expect(names(m, 'coResponsible')).toEqual(['VPD', 'RPNC', 'NVD', 'LM', 'VBTAI']);
    expect(m.deadline.raw).toBe('2023.gada 1.pusgads');
    expect(m.indicator).toMatch(/^Izveidoti informatīvi materiāli/);
  });

  it('reads indicators, including numbers written with non-breaking spaces', () => {
    expect(measure('1.4.3').indicator).toBe('200');
    expect(measure('5.1.1').indicator).toContain('2024.- 1 200');
    expect(measure('5.1.1').indicator.split('\n')).toEqual([
      'Aizbildņu skaits, kas apguvuši aizbildņu mācības (personu skaits):',
      '2023.- 1 445',
      '2024.- 1 200',
      '2025.- 1 000',
    ]);
    // The cell opens with an empty tab line and its value follows on a line of its own.
    expect(measure('5.4.1').indicator).toBe('1 kampaņa');
  });

  it('reads deadlines as written, footnote markers removed', () => {
    expect(measure('3.1.1').deadline.raw.startsWith('No 2022.gada 1.pusgada līdz 2023. gada 2.pusgadam')).toBe(true);
    expect(measure('3.1.3').deadline.raw).toBe('No 2022. gada 1.pusgada (pastāvīgi īstenojams)');
    expect(measure('4.4.4').deadline.raw).toBe('2024.gada 2.pusgads (izmaksas iekļautas 4.4.5.pasākumā)');
    expect(measure('4.1.1').deadline.raw).toBe('2025. gada 2.pusgads');
    for (const m of extract.measures) expect(m.deadline.raw).not.toMatch(/footnoteRef|\s\s|^\s|\s$/);
  });

  it('splits parties as written', () => {
    expect(names(measure('4.4.1'), 'responsible')).toEqual(['Pašvaldības', 'ZZ Dats (BARIS īpašnieks un uzturētājs)']);
    expect(names(measure('4.1.3'), 'responsible')).toEqual(['LM']);
    expect(names(measure('1.2.1'), 'responsible')).toEqual(['PKC']);
    const subgroup = names(measure('4.4.4'), 'responsible');
    expect(subgroup).toHaveLength(1);
    expect(subgroup[0]).toMatch(/^Bērnu lietu sadarbības padomes apakšgrupa, kura turpina .* darbu$/);
  });

  it('keeps multi-line cells line by line, across blank lines and artefacts', () => {
    expect(measure('1.5.8').result).toBe(
      '1. Izstrādāts agrīnā preventīvā atbalsta sistēmas likumprojekts\n2. Izveidota vairākās politikas jomās strādājoša institūcija',
    );
    expect(measure('4.3.8').result).toContain('\n2) VBTAI organizējusi');
    expect(names(measure('4.3.8'), 'responsible')).toEqual(['pašvaldības']);
    expect(measure('4.1.3').text).toMatch(/^Jaunas sociālā atbalsta/);
    expect(measure('4.1.3').indicator).toContain('\n8) Izstrādāts starpdisciplināra atbalsta pakalpojums');
    expect(measure('2.1.1').text).toBe(
      'Vardarbības prevences spēles popularizēšana; aktivitātes “Draudzīga skola” pilnveidošana',
    );
    for (const m of extract.measures) expect(m.source.raw).not.toMatch(/\[bookmark|footnoteRef|\t/);
  });

  it('collects the footnotes of every cell of a row, in order', () => {
    const f151 = measure('1.5.1').footnotes;
    expect(f151).toHaveLength(1);
    expect(f151[0]).toMatch(/^Izpilde iekļauta Izglītības attīstības pamatnostādņu 2021\.–2027\. gadam/);
    const f441 = measure('4.4.1').footnotes;
    expect(f441).toHaveLength(3);
    expect(f441[0]).toMatch(/^Aizstāj bāriņtiesām Audžuģimeņu informācijas sistēmas \(AGIS\)/);
    expect(f441[1]).toMatch(/^Vienotu aizbildņu uzskaiti/);
    expect(f441[2]).toMatch(/^Aizstāj Aizgādnības informācijas sistēmas \(AZIS\)/);
    expect(measure('5.2.3').footnotes).toHaveLength(2);
    // The marker of 4.3.7 stands alone on the line after the deadline.
    expect(measure('4.3.7').footnotes).toHaveLength(1);
    const referenced = (text.match(/\[footnoteRef:\d+\]/g) ?? []).length;
    const inTasks = extract.planTasks.reduce((n, t) => n + t.footnotes.length, 0);
    const inMeasures = extract.measures.reduce((n, m) => n + m.footnotes.length, 0);
    expect(inTasks + inMeasures).toBe(referenced);
  });

  it('warns about every empty cell, naming the measure, the column and the line', () => {
    const empty = extract.warnings.filter((w) => w.kind === 'empty-cell');
    expect(empty).toHaveLength(15);
    for (const w of empty) {
      expect(seedLine(w.line).trim()).toBe('');
      expect(seedLine(w.line)).toContain('\t');
      expect(w.message).toMatch(/^measure \d+\.\d+\.\d+: empty cell "[^"]+" \(line \d+\)$/);
    }
    const m213 = measure('2.1.3');
    expect(m213.coResponsible).toEqual([]);
    const w213 = empty.find((w) => w.message.startsWith('measure 2.1.3:'));
    expect(w213?.message).toContain('"Līdzatbildīgās institūcijas"');
    expect(seedLine(m213.source.line + 7)).toBe('\t');
    expect(w213?.line).toBe(m213.source.line + 7);
    expect(empty.some((w) => w.message.startsWith('measure 5.4.1:'))).toBe(false);
    expect(extract.warnings.filter((w) => w.kind === 'malformed')).toEqual([]);
  });

  it('cuts the running text into passages', () => {
    const ids = extract.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const intro = extract.passages.filter((p) => p.section[0] === 'Ievads');
    expect(intro[0]?.text).toMatch(/^Bērnu, jaunatnes un ģimenes attīstības pamatnostādņu 2022\.–2025\. gadam/);
    expect(intro[0]?.source.line).toBe(27);
    const goals = extract.passages.filter((p) => p.source.locator === 'goals');
    expect(goals.map((p) => p.section[1])).toContain('Plāna mērķis');
    expect(goals.some((p) => p.text.startsWith('Virsmērķis ir bērniem'))).toBe(true);
  });

  it('makes one passage per policy result and indicator line, under its direction', () => {
    const policyLines = seedLines.filter((l) => /^\t?(?:Politikas rezultāts|Rezultatīvais rādītājs):/.test(l));
    const policy = extract.passages.filter((p) => p.section.at(-1) === 'Politikas rezultāti');
    expect(policy).toHaveLength(policyLines.length);
    const direction2 = policy.filter((p) => p.section[0] === '2. rīcības virziens');
    expect(direction2.some((p) => p.text.includes('(<+316)'))).toBe(true);
    expect(direction2[0]?.source.locator).toBe('direction 2 policy results');
    const sections = new Set(policy.map((p) => p.section.join(' / ')));
    expect([...sections]).toEqual([
      'Politikas rezultāti',
      ...[1, 2, 3, 4, 5].map((n) => `${n}. rīcības virziens / Politikas rezultāti`),
    ]);
    // Measure rows never end up among the passages.
    expect(extract.passages.some((p) => p.text.includes('Incredible years'))).toBe(false);
  });
});

describe('parsePlan on malformed input', () => {
  it('throws ParseError when there is no measures table', () => {
    const noTable =
      'LM – Labklājības ministrija\nPlāns ir dokuments.\nPlānā ir izvirzīti sekojoši rīcības virzieni:\n1. Viens;\n';
    expect(() => parsePlan(noTable)).toThrow(ParseError);
  });

  it('throws ParseError when the table has no numbered measure', () => {
    const noMeasures = 'LM – Labklājības ministrija\nIevads.\n\tPlāna mērķis\n\tPiedāvāt pasākumus\n';
    expect(() => parsePlan(noMeasures)).toThrow(/no measures table/);
  });
});
