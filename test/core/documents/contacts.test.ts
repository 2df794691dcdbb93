import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preprocess, squash, takeFootnoteRefs } from '../../../src/core/documents/artefacts.js';
import { DOCUMENTS } from '../../../src/core/documents/catalogue.js';
import { findContacts } from '../../../src/core/documents/contacts.js';
import { type Contact, ContactSchema, type KnownDocumentId, type Passage } from '../../../src/core/knowledge/model.js';

/**
 * Every non-blank line of a seed as the parsers make it a passage (no footnote markers or list bullet, whitespace
 * squashed), and the footnote bodies as passages of their own.
 */
function passagesOf(document: KnownDocumentId): Passage[] {
  const text = readFileSync(new URL(`../../../seeds/${DOCUMENTS[document].file}`, import.meta.url), 'utf8');
  const { lines, footnotes } = preprocess(text);
  const bodies = [...footnotes.values()].map((f) => ({ text: f.text, line: f.line }));
  const running = lines.map((l, i) => ({ text: squash(takeFootnoteRefs(l).text).replace(/^·\s*/, ''), line: i + 1 }));
  return [...running, ...bodies]
    .filter((b) => b.text.length > 0)
    .map((b) => ({
      id: `${document}:${b.line}`,
      section: [],
      text: b.text,
      source: { document, locator: `line ${b.line}`, line: b.line, raw: b.text },
    }));
}

const ALL = (['plan', 'report', 'programme', 'groups', 'bac'] as const).flatMap(passagesOf);

/** The one passage of a document that contains `needle`. */
function passage(document: KnownDocumentId, needle: string): Passage {
  const found = ALL.filter((p) => p.source.document === document && p.text.includes(needle));
  expect(found, needle).toHaveLength(1);
  return found[0] as Passage;
}

const brief = (contacts: Contact[]) => contacts.map((c) => [c.kind, c.value, c.display]);

describe('findContacts on the seed texts', () => {
  it('reads the helpline sentence: chat hours, web site and e-mail, and no phone in the e-mail', () => {
    const found = findContacts(passage('bac', 'čata darba laiks'), 'uzticibas-talruna-nodala');
    expect(brief(found)).toEqual([
      ['hours', '00:00-24:00', 'strādā visu diennakti'],
      ['hours', '12:00-20:00', 'darba dienās no 12:00-20:00'],
      ['web', 'https://uzticibastalrunis.lv/', 'https://uzticibastalrunis.lv/'],
      ['email', 'uzticibaspasts116111@bac.gov.lv', 'uzticibaspasts116111@bac.gov.lv'],
    ]);
    for (const c of found) {
      expect(c.context).toMatch(/^Uzticības tālrunis ir bez maksas un strādā visu diennakti/);
      expect(c.unit).toBe('uzticibas-talruna-nodala');
      expect(c.source).toMatchObject({ document: 'bac', line: 32, raw: c.context });
      expect(ContactSchema.safeParse(c).success).toBe(true);
    }
  });

  it('reads the helpline number and the general e-mail of the Centre', () => {
    expect(brief(findContacts(passage('bac', 'uzticības tālruni 116111:')))).toEqual([['phone', '116111', '116111']]);
    expect(brief(findContacts(passage('bac', 'var rakstīt uz e-pastu')))).toEqual([
      ['email', 'pasts@bac.gov.lv', 'pasts@bac.gov.lv'],
    ]);
  });

  it('reads the Child House phone with its country code, and its web site in brackets', () => {
    const phone = findContacts(passage('bac', 'tālr. +371 22405299'));
    expect(brief(phone)).toEqual([['phone', '+37122405299', '+371 22405299']]);
    expect(phone[0]?.context).toMatch(/^Konsultatīvo atbalstu \(tālr\. \+371 22405299\) sociālajiem dienestiem/);
    expect(brief(findContacts(passage('bac', '(bernamaja.lv)')))).toEqual([['web', 'bernamaja.lv', 'bernamaja.lv']]);
  });

  it('reads the free specialist line in the BAC text and, with its hours and site, in the report', () => {
    expect(brief(findContacts(passage('bac', 'tālruņa numuru – 80006008')))).toEqual([
      ['phone', '80006008', '80006008'],
    ]);
    expect(brief(findContacts(passage('report', 'tālruņa numuru – 80006008')))).toEqual([
      ['phone', '80006008', '80006008'],
      ['hours', '17:00-20:00', 'pirmdienās no plkst. 17:00-20:00'],
      ['web', 'drosmigssarunai.lv', 'drosmigssarunai.lv'],
      ['web', 'https://drosmigssarunai.lv/', 'https://drosmigssarunai.lv/'],
    ]);
  });

  it('reads the prevention line written in groups, and nothing else from a paragraph of dates and ids', () => {
    const found = findContacts(passage('report', 'Nedari pāri, izvēlies piezvanīt!'));
    expect(brief(found)).toEqual([['phone', '22045225', '22 045 225']]);
    expect(found[0]?.context).toMatch(/^Kopš 2025\.gada maija darbojas vardarbības prevences tālruņa līnija/);
  });

  it('reads 116111 in the programme and a www address in the plan', () => {
    expect(brief(findContacts(passage('programme', '3) īstenot centra Bērnu un pusaudžu')))).toEqual([
      ['phone', '116111', '116111'],
    ]);
    expect(brief(findContacts(passage('plan', 'www.vietagimenei.lv')))).toEqual([
      ['web', 'www.vietagimenei.lv', 'www.vietagimenei.lv'],
    ]);
  });
});

describe('findContacts finds nothing that is not a contact', () => {
  it('reads no phone in funding lines, sums or the programme total', () => {
    const funding = ALL.filter((p) => p.source.document === 'programme' && /finansējums/i.test(p.text));
    expect(funding.length).toBeGreaterThanOrEqual(12);
    for (const p of funding) expect(findContacts(p), p.text).toEqual([]);
  });

  it('reads nothing in lines full of years, law numbers, project ids, quarters and amounts', () => {
    const needles = [
      'Nr. 4.3.6.5/1/24/I/001',
      'Nr. 4.3.6.1/1/24/I/001',
      '12 (divpadsmit) BAS',
      '360 (trīs simti sešdesmit)',
      '49,24 EUR',
      'noteikumiem Nr. 13',
    ];
    for (const needle of needles) expect(findContacts(passage('bac', needle)), needle).toEqual([]);
    expect(findContacts(passage('report', 'Nr. 4.3.5.3/1/24/I/001'))).toEqual([]);
  });

  it('takes a company named like a web site for a name', () => {
    expect(findContacts(passage('groups', 'Mammamuntetiem.lv'))).toEqual([]);
  });

  it('finds in all five documents only the phones and hours that are there', () => {
    const all = ALL.flatMap((p) => findContacts(p));
    const phones = new Set(all.filter((c) => c.kind === 'phone').map((c) => c.value));
    const hours = new Set(all.filter((c) => c.kind === 'hours').map((c) => c.display));
    expect([...phones].sort()).toEqual(['+37122405299', '116111', '22045225', '80006008']);
    expect([...hours].sort()).toEqual([
      'darba dienās no 12:00-20:00',
      'pirmdienās no plkst. 17:00-20:00',
      'strādā visu diennakti',
    ]);
    const emails = all.filter((c) => c.kind === 'email').map((c) => c.value);
    expect(emails.sort()).toEqual(['pasts@bac.gov.lv', 'uzticibaspasts116111@bac.gov.lv']);
    for (const web of all.filter((c) => c.kind === 'web'))
      expect(web.value).toMatch(/^(https?:\/\/|www\.|[a-z])\S*[\w/]$/);
  });
});
