/**
 * The watched documents folder while the server answers over real HTTP: a .docx added there is answered within
 * seconds, a replaced one in its new version, a removed one no more, a bad one changes nothing; questions asked
 * the whole time never fail, whatever engine they land on.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NEW_MEASURES, newDocumentDocx } from '../../fixtures/documents/new-document.js';
import { askOver, type DocumentsServer, documentsServer } from './documents-runtime.js';

const QUESTION = 'Kas ir atbildīgs par 9.1.1. pasākumu?';
let server: DocumentsServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Asks until `done` holds for an answer (at most `seconds`), counting every request that did not succeed. */
async function until(url: string, done: (text: string, found: boolean) => boolean, failures: string[], seconds = 20) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const [watched, known] = await Promise.all([askOver(url, QUESTION), askOver(url, 'Ko nozīmē VBTAI?')]);
    for (const r of [watched, known]) if (r.status !== 200) failures.push(`${r.status}`);
    if (!known.found) failures.push('a known answer was lost');
    if (done(watched.text, watched.found)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('the watched documents folder', () => {
  it('serves an added, a replaced and a removed file within seconds, with no failed request', async () => {
    server = await documentsServer();
    const { url, folder } = server;
    const failures: string[] = [];
    expect((await askOver(url, QUESTION)).found).toBe(false);
    const file = join(folder, 'jauniesu-plans.docx');
    writeFileSync(file, await newDocumentDocx());
    expect(await until(url, (text) => text.includes('Atbildīgā institūcija: IZM'), failures)).toBe(true);
    const changed = NEW_MEASURES.map((m) => (m[0] === '9.1.1.' ? m.map((c, i) => (i === 2 ? 'LM' : c)) : m));
    writeFileSync(file, await newDocumentDocx({ measures: changed }));
    expect(await until(url, (text) => text.includes('Atbildīgā institūcija: LM'), failures)).toBe(true);
    writeFileSync(join(folder, 'ziņojums.pdf'), '%PDF-1.7\n');
    await until(url, () => (server?.runtime.documents?.list().problems.length ?? 0) > 0, failures, 10);
    expect(server.runtime.documents?.list().problems[0]).toMatchObject({ file: 'ziņojums.pdf' });
    expect((await askOver(url, QUESTION)).text).toContain('Atbildīgā institūcija: LM');
    rmSync(file);
    expect(await until(url, (_text, found) => !found, failures)).toBe(true);
    expect(failures).toEqual([]);
  }, 90_000);
});
