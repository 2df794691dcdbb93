/**
 * Documents added at run time through the desk, on a runtime as main.ts builds it: a document is read, stored and
 * served by one swap (a request holding the old deps finishes on the old engine); a replaced file serves its new
 * version; a removed one is no longer served; a malformed .docx, an empty one and a .pdf are each named with the
 * reason, and nothing served changes.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/answer/reply.js';
import { NEW_MEASURES, NEW_TITLE, newDocumentDocx } from '../../fixtures/documents/new-document.js';
import { ask, documentsRuntime } from './documents-runtime.js';

const QUESTION = 'Kas ir atbildīgs par 9.1.1. pasākumu?';

async function withDesk() {
  const built = await documentsRuntime();
  const desk = built.runtime.documents;
  if (!desk) throw new Error('the runtime has no documents desk');
  return { ...built, desk };
}

describe('the document desk', () => {
  it('adds a document with one swap; a request that took the old deps finishes on the old engine', async () => {
    const { runtime, root, desk } = await withDesk();
    const before = runtime.handle;
    expect((await ask(before, QUESTION)).found).toBe(false);
    const added = await desk.add('jauniesu-plans.docx', await newDocumentDocx(), 'cli');
    expect(added.ok).toBe(true);
    if (added.ok) {
      expect(added.document).toMatchObject({ id: 'jauniesu-plans', kind: 'generic' });
      expect(added.document.summary.title).toBe(NEW_TITLE);
      expect(added.document.summary.examples.length).toBe(3);
    }
    expect(runtime.handle).not.toBe(before);
    expect((await ask(before, QUESTION)).found).toBe(false);
    const reply = await ask(runtime.handle, QUESTION);
    expect(reply.found).toBe(true);
    expect(reply.sources[0]?.title).toBe(NEW_TITLE);
    expect(runtime.services?.items.has('measure:9.1.1')).toBe(true);
    expect(existsSync(join(root, 'documents', 'jauniesu-plans.docx'))).toBe(true);
    expect(readdirSync(join(root, 'data', 'documents'))).toEqual(['jauniesu-plans.json']);
    await runtime.db.close();
  }, 60_000);

  it('names a malformed .docx, an empty one and a .pdf with the reason, and changes nothing served', async () => {
    const { runtime, root, desk } = await withDesk();
    await desk.add('jauniesu-plans.docx', await newDocumentDocx(), 'cli');
    const served = runtime.handle;
    const zipStart = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const offered: [string, Uint8Array, RegExp][] = [
      ['bojats.docx', zipStart, /not a readable \.docx/],
      ['tukss.docx', new Uint8Array(0), /empty/],
      ['plans.pdf', Buffer.from('%PDF-1.7\n'), /save it as \.docx/],
    ];
    for (const [file, bytes, reason] of offered) {
      const result = await desk.add(file, bytes, 'web', 'U1');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.file).toBe(file);
        expect(result.reason.en).toMatch(reason);
        expect(result.reason.lv.length).toBeGreaterThan(10);
      }
    }
    expect(runtime.handle).toBe(served);
    expect(desk.list().documents.map((d) => d.id)).toEqual(['jauniesu-plans']);
    expect(readdirSync(join(root, 'documents'))).toEqual(['jauniesu-plans.docx']);
    await runtime.db.close();
  }, 60_000);

  it('reads the folder: an added file is served, a replaced one in its new version, a removed one no more', async () => {
    const { runtime, folder, desk } = await withDesk();
    const file = join(folder, 'jauniesu-plans.docx');
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, await newDocumentDocx());
    await desk.sync();
    expect(replyText(await ask(runtime.handle, QUESTION))).toContain('Atbildīgā institūcija: IZM');
    const changed = NEW_MEASURES.map((m) => (m[0] === '9.1.1.' ? m.map((c, i) => (i === 2 ? 'LM' : c)) : m));
    writeFileSync(file, await newDocumentDocx({ measures: changed }));
    await desk.sync();
    expect(replyText(await ask(runtime.handle, QUESTION))).toContain('Atbildīgā institūcija: LM');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
    const kept = runtime.handle;
    await desk.sync();
    expect(runtime.handle).toBe(kept);
    expect(desk.list().problems).toEqual([
      { file: 'jauniesu-plans.docx', reason: expect.objectContaining({ en: expect.stringMatching(/not a readable/) }) },
    ]);
    rmSync(file);
    await desk.sync();
    expect((await ask(runtime.handle, QUESTION)).found).toBe(false);
    expect(desk.list()).toEqual({ documents: [], problems: [] });
    await runtime.db.close();
  }, 60_000);

  it('removes a document by its id, file and extraction both', async () => {
    const { runtime, folder, desk } = await withDesk();
    await desk.add('jauniesu-plans.docx', await newDocumentDocx(), 'cli');
    expect(await desk.remove('nav-tada')).toBe(false);
    expect(await desk.remove('jauniesu-plans')).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    expect((await ask(runtime.handle, QUESTION)).found).toBe(false);
    await runtime.db.close();
  }, 60_000);
});
