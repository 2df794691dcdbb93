/**
 * A document of no known kind, built as a .docx in the test, read and extracted like an upload: its measures are
 * answered by number with its title and locator cited, its running text is found by search, its abbreviations
 * are explained (and an institution only it defines is listed by), its items are counted with the known ones and appear in a digest preview. The known documents'
 * answers stay as they were.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDigestScopes } from '../../../../src/adapters/files/digest-scopes-file.js';
import { readCuratedInstitutions } from '../../../../src/adapters/files/knowledge-files.js';
import { readDocument } from '../../../../src/adapters/files/read-document.js';
import { loadServedEngine } from '../../../../src/adapters/files/served-engine.js';
import { readTableHeaders } from '../../../../src/adapters/files/table-headers-file.js';
import { openDatabase } from '../../../../src/adapters/store/database.js';
import { type AnswerEngine, answer } from '../../../../src/core/answer/answer.js';
import { replyText } from '../../../../src/core/answer/reply.js';
import { genericAsExtract } from '../../../../src/core/documents/generic/as-extract.js';
import { extractGeneric } from '../../../../src/core/documents/generic/extract-generic.js';
import { buildServices } from '../../../../src/services.js';
import { MONITORING, NEW_TITLE, newDocumentDocx } from '../../../fixtures/documents/new-document.js';

const ID = 'jauniesu-plans';
const NOW = new Date('2027-12-06T09:00:00Z');
let engine: AnswerEngine;

beforeAll(async () => {
  const doc = await readDocument(`${ID}.docx`, await newDocumentDocx());
  const generic = extractGeneric(doc, readCuratedInstitutions(), readTableHeaders());
  engine = loadServedEngine([genericAsExtract(generic, ID)]);
}, 60_000);

const ask = (question: string) => answer(question, engine, { now: NOW }).reply;

describe('a document added at run time', () => {
  it('names the responsible institution of its measure, cited by its title and the measure', () => {
    const reply = ask('Kas ir atbildīgs par 9.1.1. pasākumu?');
    expect(reply.found).toBe(true);
    expect(replyText(reply)).toContain('Atbildīgā institūcija: IZM (Izglītības un zinātnes ministrija)');
    expect(reply.sources[0]).toMatchObject({ document: ID, title: NEW_TITLE, locator: '9.1.1. pasākums' });
  });

  it('gives a deadline in words with the cell quoted, in English too', () => {
    const reply = ask('What is the deadline of measure 9.1.2?');
    expect(reply.found).toBe(true);
    expect(replyText(reply)).toContain('by 31 December 2027');
    expect(reply.sources[0]).toMatchObject({ document: ID, locator: 'measure 9.1.2' });
    expect(reply.sources[0]?.quote).toContain('31.12.2027.');
  });

  it('finds a passage of its running text, cited by section', () => {
    const reply = ask('Kas veic plāna izpildes uzraudzību?');
    expect(reply.found).toBe(true);
    expect(reply.sources[0]).toMatchObject({ document: ID, title: NEW_TITLE, locator: '4. nodaļa' });
    expect(reply.sources[0]?.quote).toBe(MONITORING);
  });

  it('explains an abbreviation only it defines', () => {
    const reply = ask('Ko nozīmē JRP?');
    expect(reply.found).toBe(true);
    expect(reply.text).toContain('Jauniešu rīcības padome');
    expect(reply.sources[0]?.document).toBe(ID);
  });

  it('lists the measures of an institution only its own abbreviation list defines', () => {
    const reply = ask('Kuri pasākumi ir JRP atbildībā?');
    expect(reply.found).toBe(true);
    expect(reply.text).toContain('JRP (Jauniešu rīcības padome)');
    expect(reply.items.map((i) => i.id)).toEqual(['9.1.2']);
  });

  it('counts its measures with the known documents’ ones', () => {
    const reply = ask('Cik pasākumu ir LM atbildībā?');
    expect(reply.items.map((i) => i.id)).toContain('9.2.1');
  });

  it('keeps the known documents’ answers', () => {
    const reply = ask('Kas ir atbildīgs par 4.4.5. pasākumu?');
    expect(reply.sources[0]).toMatchObject({ document: 'plan', locator: '4.4.5. pasākums' });
  });

  it('puts its items in a digest preview', async () => {
    const db = openDatabase(mkdtempSync(join(tmpdir(), 'new-document-')));
    const services = buildServices({ db, engine, defaults: loadDigestScopes(), clock: () => NOW });
    const digest = await services.compose(
      {
        id: 'preview',
        scope: {
          groups: [],
          institutions: [],
          roles: ['responsible', 'co-responsible'],
          prefixes: [],
          documents: [ID],
        },
        horizonDays: 28,
        language: 'lv',
        mentions: {},
      },
      NOW,
      '2027-W49',
      [],
    );
    const lines = digest.sections.flatMap((s) => s.lines);
    expect(lines.map((l) => l.id)).toContain('9.1.2');
    expect(lines.find((l) => l.id === '9.1.2')?.source).toMatchObject({ title: NEW_TITLE, locator: '9.1.2. pasākums' });
    expect(digest.sections.find((s) => s.kind === 'overdue')?.lines.map((l) => l.id)).toContain('9.1.1');
    await db.close();
  });
});
