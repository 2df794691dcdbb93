import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/documents/catalogue.js';
import { parseMember } from '../../../src/core/documents/groups/members.js';
import { parseGroups } from '../../../src/core/documents/groups/parse-groups.js';
import { DocumentExtractSchema, type WorkingGroup } from '../../../src/core/knowledge/model.js';

const text = readFileSync(new URL('../../../seeds/working-groups.txt', import.meta.url), 'utf8');
const seedLines = text.split('\n');
const extract = parseGroups(text);

function group(id: string): WorkingGroup {
  const found = extract.groups.find((g) => g.id === id);
  if (!found) throw new Error(`group ${id} not parsed`);
  return found;
}

const SECTION = 'Bērnu lietu sadarbības padomes apakšgrupas';

describe('parseGroups on the working-groups document', () => {
  it('produces an extract that validates against the model, with nothing left unplaced', () => {
    const parsed = DocumentExtractSchema.safeParse(extract);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(extract.warnings).toEqual([]);
  });

  it('finds the standing group and groups 1–8, numbered tasks never taken for groups', () => {
    expect(extract.groups.map((g) => [g.id, g.kind])).toEqual([
      ['standing', 'standing'],
      ['1', 'subgroup'],
      ['2', 'subgroup'],
      ['3', 'group'],
      ['4', 'subgroup'],
      ['5', 'subgroup'],
      ['6', 'subgroup'],
      ['7', 'subgroup'],
      ['8', 'group'],
    ]);
  });

  it('reads titles, including the one over two lines and the NPAIS group named only in the genitive', () => {
    expect(group('standing').title).toBe('Bērnu tiesību aizsardzības likuma pastāvīgā darba grupa');
    expect(group('1').title).toBe('Valsts apmaksātu pakalpojumu pilnveide bērniem ar autiskā spektra traucējumiem');
    expect(group('2').title).toBe('Starpinstitucionālā sadarbība');
    expect(group('3').title).toBe('NPAIS darba grupa');
    expect(group('8').title).toBe('Bāriņtiesu darba pilnveide');
  });

  it('cites each group by its locator and the line of its heading', () => {
    const cited = extract.groups.map((g) => [g.source.locator, g.source.line]);
    expect(cited).toEqual([
      ['standing group', 1],
      ['subgroup 1', 28],
      ['subgroup 2', 74],
      ['group 3', 105],
      ['subgroup 4', 142],
      ['subgroup 5', 172],
      ['subgroup 6', 201],
      ['subgroup 7', 237],
      ['group 8', 260],
    ]);
    for (const g of extract.groups.filter((x) => x.id !== 'standing')) {
      expect(seedLines[g.source.line - 1]).toMatch(new RegExp(`^(\\[bookmark: \\w+\\])?${g.id}\\. `));
    }
  });

  it('reads the leaders: institutions as written, and the person who leads group 1', () => {
    const leaders = extract.groups.map((g) => [g.id, g.leader?.institution?.name]);
    expect(leaders).toEqual([
      ['standing', 'LM'],
      ['1', 'Labklājības ministrijas'],
      ['2', 'VBTAI'],
      ['3', 'LM'],
      ['4', 'LM'],
      ['5', 'TM'],
      ['6', 'LM'],
      ['7', 'VM'],
      ['8', 'VBTAI'],
    ]);
    expect(group('1').leader?.person).toBe('Evita Zālīte-Grosa');
    expect(group('1').leader?.role).toContain('parlamentārā sekretāre');
    expect(group('standing').leader).toMatchObject({ role: 'parstāvis', raw: 'LM parstāvis.' });
    expect(extract.groups.every((g) => g.leader?.institution?.institution === undefined)).toBe(true);
  });

  it('gives only the standing group a deputy: TM', () => {
    expect(group('standing').deputy).toMatchObject({ institution: { name: 'TM' }, role: 'pārstāvis' });
    expect(extract.groups.filter((g) => g.deputy).map((g) => g.id)).toEqual(['standing']);
  });

  it('counts every member line of every group', () => {
    const counts = Object.fromEntries(extract.groups.map((g) => [g.id, g.members.length]));
    expect(counts).toEqual({ standing: 8, 1: 26, 2: 14, 3: 15, 4: 14, 5: 12, 6: 13, 7: 6, 8: 6 });
    for (const m of extract.groups.flatMap((g) => g.members)) expect(text).toContain(m.raw.split(' ')[0]);
  });

  it('splits group 1 members into role, person and organisation', () => {
    const members = group('1').members;
    expect(members.every((m) => m.person)).toBe(true);
    const berzina = members.find((m) => m.person === 'Līga Bērziņa');
    expect(berzina?.role).toBe('valdes priekšsēdētāja');
    expect(berzina?.institution?.name).toContain('Latvijas Autisma apvienība');
    expect(members[0]).toEqual({
      raw: 'Labklājības ministrijas valsts sekretāra vietniece – Elīna Celmiņa',
      person: 'Elīna Celmiņa',
      role: 'valsts sekretāra vietniece',
      institution: { name: 'Labklājības ministrijas' },
    });
    expect(members.find((m) => m.person === 'Agneta Didrihsone')).toMatchObject({
      role: 'izpilddirektore',
      institution: { name: 'Bērnu slimnīcas fonda' },
    });
    expect(members.find((m) => m.person === 'Ieva Bite')).toMatchObject({
      institution: { name: 'Latvijas Universitātes' },
      role: 'asociētā profesore, Latvijas Klīnisko psihologu asociācijas pārstāve',
    });
    expect(members.find((m) => m.person === 'Anda Čakša')).toMatchObject({ role: 'deputāte' });
  });

  it('reads bare institutions as institutions without a role', () => {
    expect(group('3').members[0]).toEqual({ raw: 'LM;', institution: { name: 'LM' } });
    expect(group('3').members[7]?.institution?.name).toBe('IeM IC');
    expect(group('6').members[0]).toEqual({
      raw: 'Labklājības ministrija',
      institution: { name: 'Labklājības ministrija' },
    });
    expect(group('6').members[4]?.institution?.name).toBe('Biedrība “Profesionālo audžuģimeņu apvienība ”Terēze””');
  });

  it('keeps both alternatives of "IeM pārstāvis / VP pārstāvis" in raw and structures the first', () => {
    expect(group('4').members[3]).toEqual({
      raw: 'IeM pārstāvis / VP pārstāvis',
      institution: { name: 'IeM' },
      role: 'pārstāvis',
    });
  });

  it('keeps each group deadline as written', () => {
    const raw = (id: string) => group(id).deadline?.raw;
    expect(raw('standing')).toMatch(/^Tā kā darba grupa ir pastāvīga, tai nav nosakāms termiņš\./);
    expect(raw('1')).toBe('2022.gada 1.aprīlis');
    expect(raw('2')).toBe('2022. gada 1. septembris');
    expect(raw('3')).toBe('2023. gada 1. marts');
    expect(raw('4')).toBe('2022.gada 30.decembris');
    expect(raw('5')).toBe('\u2026..');
    expect(raw('7')).toBe('2022.gada 1.novembris.');
    expect(group('6').deadline).toBeUndefined();
    expect(group('8').deadline).toBeUndefined();
  });

  it('reads the tasks of every group', () => {
    const counts = Object.fromEntries(extract.groups.map((g) => [g.id, g.tasks.length]));
    expect(counts).toEqual({ standing: 3, 1: 1, 2: 2, 3: 1, 4: 1, 5: 3, 6: 2, 7: 2, 8: 3 });
    const autism = group('1').tasks[0]?.text.split('\n') ?? [];
    expect(autism[0]).toMatch(/^Sagatavot un iesniegt .* tai skaitā par:$/);
    expect(autism).toHaveLength(8);
    expect(group('2').tasks[1]?.text).toMatch(/^Definēt ārstniecības personu iesaisti/);
    expect(group('3').tasks[0]?.text).toContain('“NPAIS jaunā stratēģija: ceļā uz mūsdienīgu atbalsta sistēmu');
    expect(group('7').tasks[1]?.text).toBe(
      'pusaudžu izglītošanas, sociālās atstumtības riska mazināšanas u.c. jautājumi.',
    );
  });

  it('gives the tasks of groups 6 and 8 their own results and deadlines', () => {
    const six = group('6');
    expect(six.tasks.map((t) => t.deadline?.raw)).toEqual(['2022.gada 1.jūlijs.', '2022.gada 1.decembris.']);
    expect(six.tasks[0]?.result).toMatch(/^Padomē izskatīts un apstiprināts informatīvais ziņojums/);
    expect(six.tasks[1]?.result).toMatch(/^Padomē apstiprināti priekšlikumi par bērnu alternatīvās aprūpes/);
    expect(six.result).toBeUndefined();
    const eight = group('8');
    expect(eight.tasks.map((t) => t.deadline?.raw)).toEqual([
      '2022.gada 1.maijs',
      '2023.gada 1.janvāris.',
      '2022.gada 1.novembris.',
    ]);
    expect(eight.tasks.map((t) => t.result !== undefined)).toEqual([true, true, false]);
    expect(eight.tasks[1]?.text).toMatch(
      /^Jautājums par apmācību programmas saturu:\na\) grozījumi .*\nb\) Labklājības/s,
    );
    expect(eight.result).toBeUndefined();
  });

  it('reads group purposes and results, lists included', () => {
    expect(group('3').purpose).toBe('');
    expect(group('6').purpose.split('\n')).toEqual([
      expect.stringMatching(/^- izstrādāt priekšlikumus bērnu labākajās interesēs/),
      expect.stringMatching(/^- nodrošināt vienotu specializēto audžuģimeņu/),
    ]);
    expect(
      group('2')
        .result?.split('\n')
        .map((l) => l.slice(0, 3)),
    ).toEqual(['1) ', '2) ']);
    expect(group('3').result).toBe('Sagatavoti konkrēti priekšlikumi informācijas sistēmas pārveidei.');
    expect(group('5').result).toMatch(/^Padomē apstiprināti priekšlikumi par valstī vienotu izpildes mehānismu/);
  });

  it('collects the footnotes referenced in each group', () => {
    const counts = Object.fromEntries(extract.groups.map((g) => [g.id, g.footnotes.length]));
    expect(counts).toEqual({ standing: 0, 1: 0, 2: 0, 3: 2, 4: 0, 5: 1, 6: 0, 7: 1, 8: 1 });
    expect(group('3').footnotes[0]).toContain('NPAIS_06032021.pdf');
    expect(group('3').footnotes[1]).toBe('NPAIS darba grupas 2019.gada 17.jūnija rīkojums Nr.67');
    expect(group('8').footnotes[0]).toMatch(/^Saskaņā ar Ministru kabineta 2006\.gada 5\.decembra noteikumu Nr\.984/);
  });

  it('makes passages of purposes, tasks and results, cited like their groups', () => {
    const ids = extract.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of extract.groups.filter((x) => x.purpose)) {
      const purpose = extract.passages.find((p) => p.text === g.purpose.replace(/\s+/g, ' '));
      expect(purpose?.source.locator).toBe(g.source.locator);
    }
    const mediation = extract.passages.filter((p) => p.text.includes('mediācijas izmantošanas veicināšanu'));
    expect(mediation).toHaveLength(2);
    expect(mediation[0]?.source.locator).toBe('group 8');
    expect(mediation[0]?.section).toEqual([SECTION, 'Bāriņtiesu darba pilnveide']);
    const standing = extract.passages.filter((p) => p.source.locator === 'standing group');
    expect(standing.map((p) => p.source.line)).toEqual([4, 20, 21, 22]);
    expect(standing[0]?.section).toEqual(['Bērnu tiesību aizsardzības likuma pastāvīgā darba grupa']);
  });

  it('refuses a text with no working group in it', () => {
    expect(() => parseGroups('Mērķis: nekas.\n')).toThrow(ParseError);
  });
});

describe('parseMember', () => {
  it('keeps the whole description as role when it names no organisation', () => {
    expect(parseMember('neatkarīgs eksperts – Jānis Kalniņš')).toEqual({
      raw: 'neatkarīgs eksperts – Jānis Kalniņš',
      person: 'Jānis Kalniņš',
      role: 'neatkarīgs eksperts',
    });
  });
});
