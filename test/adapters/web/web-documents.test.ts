/**
 * The page's documents API over real HTTP: an editor uploads a .docx (answered at once, listed with what was
 * found) and removes it; a .pdf is refused with its name and the advice to save it as .docx, in the page's
 * language; with EDITOR_USERS naming others, the page may list but not upload or remove.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NEW_TITLE, newDocumentDocx } from '../../fixtures/documents/new-document.js';
import { askOver, type DocumentsServer, documentsServer } from '../files/documents-runtime.js';

let server: DocumentsServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const upload = (url: string, name: string, body: Uint8Array, lang = 'lv') =>
  fetch(`${url}/api/documents?name=${encodeURIComponent(name)}&lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body,
  });

interface Listed {
  editable: boolean;
  documents: { id: string; title: string; counts: { kind: string; count: number }[]; examples: unknown[] }[];
}

async function listed(url: string): Promise<Listed> {
  return (await (await fetch(`${url}/api/documents`)).json()) as Listed;
}

describe('/api/documents', () => {
  it('lets an editor upload a document, answered at once, and remove it', async () => {
    server = await documentsServer({ EDITOR_USERS: 'web' });
    const { url } = server;
    expect(await listed(url)).toMatchObject({ editable: true, documents: [] });
    const response = await upload(url, 'jauniesu-plans.docx', await newDocumentDocx());
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: 'jauniesu-plans', title: NEW_TITLE });
    expect((await askOver(url, 'Kas ir atbildīgs par 9.1.1. pasākumu?')).found).toBe(true);
    const list = await listed(url);
    expect(list.documents.map((d) => d.id)).toEqual(['jauniesu-plans']);
    expect(list.documents[0]?.counts).toContainEqual({ kind: 'items', count: 3 });
    expect(list.documents[0]?.examples).toHaveLength(3);
    expect((await fetch(`${url}/api/documents/nav-tada`, { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${url}/api/documents/jauniesu-plans`, { method: 'DELETE' })).status).toBe(204);
    expect((await askOver(url, 'Kas ir atbildīgs par 9.1.1. pasākumu?')).found).toBe(false);
  }, 60_000);

  it('refuses a .pdf with its name and the advice to save it as .docx, in Latvian and English', async () => {
    server = await documentsServer();
    const lv = await upload(server.url, 'ziņojums.pdf', Buffer.from('%PDF-1.7\n'));
    expect(lv.status).toBe(422);
    expect(((await lv.json()) as { detail: string }).detail).toMatch(/^ziņojums\.pdf: .*saglabājiet kā \.docx/);
    const en = await upload(server.url, 'ziņojums.pdf', Buffer.from('%PDF-1.7\n'), 'en');
    expect(((await en.json()) as { detail: string }).detail).toMatch(/save it as \.docx/);
    expect((await listed(server.url)).documents).toEqual([]);
  }, 60_000);

  it('lets the page list but not change documents when EDITOR_USERS names others', async () => {
    server = await documentsServer({ EDITOR_USERS: 'U0123' });
    expect((await listed(server.url)).editable).toBe(false);
    const refused = await upload(server.url, 'jauniesu-plans.docx', await newDocumentDocx());
    expect(refused.status).toBe(403);
    expect((await listed(server.url)).documents).toEqual([]);
  }, 60_000);
});
