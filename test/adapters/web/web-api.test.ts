/**
 * The web adapter's JSON API over real HTTP: /api/ask answers exactly like `npm run ask -- --json`, refuses bad
 * input with a clear 400, keeps follow-ups per conversation; /api/deadlines filters; /api/digests shows the local
 * channel or says it is not there yet. A standalone question keeps no state; old conversation states are dropped.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDigestScopes } from '../../../src/adapters/files/digest-scopes-file.js';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { startWeb } from '../../../src/adapters/web/start-web.js';
import { handleMessage, MemoryConversations } from '../../../src/app/handle-message.js';
import type { LocalChannel } from '../../../src/app/ports.js';
import { type ReplyJson, replyJson } from '../../../src/app/reply-json.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { CONTEXT_TTL_MS } from '../../../src/core/answer/conversation.js';
import { buildServices } from '../../../src/services.js';
import { SAMPLE_DIGEST } from '../../fixtures/teams/digest.js';
import { type Harness, postJson, startHarness, TEST_NOW } from '../teams/runtime-harness.js';

let engine: AnswerEngine;
let harness: Harness | undefined;

beforeAll(() => {
  engine = loadEngine();
});

afterEach(async () => {
  await harness?.stop();
  harness?.runtime.db.close();
  harness = undefined;
});

async function start(localChannel?: LocalChannel): Promise<Harness> {
  harness = await startHarness({
    engine,
    db: openMemoryDatabase(),
    adapters: [startWeb],
    ...(localChannel ? { localChannel } : {}),
  });
  return harness;
}

interface Row {
  id: string;
  bucket: string;
  owners: { name: string }[];
  source: { title: string; locator: string };
  deadline: string;
  days?: number;
}

async function deadlines(query: string): Promise<{ status: number; rows: Row[]; counts: Record<string, number> }> {
  const response = await fetch(`${harness?.url}/api/deadlines${query}`);
  const body = (await response.json()) as { rows: Row[]; counts: Record<string, number> };
  return { status: response.status, rows: body.rows, counts: body.counts };
}

describe('POST /api/ask', () => {
  it('answers with exactly the JSON of npm run ask -- --json', async () => {
    const { url } = await start();
    const question = 'Kas ir atbildīgs par 4.4.5. pasākumu?';
    const response = await postJson(`${url}/api/ask`, { text: question, conversation: 'tab-1' });
    expect(response.status).toBe(200);
    const expected = handleMessage(
      { conversation: 'cli', text: question },
      { engine, conversations: new MemoryConversations(), now: () => TEST_NOW },
    ).reply;
    expect(JSON.parse(response.text)).toEqual(replyJson(expected));
  });

  it('keeps follow-ups within a conversation and apart between conversations', async () => {
    const { url } = await start();
    await postJson(`${url}/api/ask`, { text: 'Kas ir atbildīgs par 4.4.5. pasākumu?', conversation: 'tab-1' });
    const followUp = JSON.parse(
      (await postJson(`${url}/api/ask`, { text: 'Un termiņš?', conversation: 'tab-1' })).text,
    );
    expect(followUp.answer).toContain('4.4.5');
    const stranger = JSON.parse(
      (await postJson(`${url}/api/ask`, { text: 'Un termiņš?', conversation: 'tab-2' })).text,
    );
    expect(stranger.answer).not.toContain('4.4.5');
  });

  it.each([
    [{}, 'text must be a string'],
    [{ text: '   ' }, 'text must not be empty'],
    [{ text: 'x'.repeat(2001) }, 'text must be at most 2000 characters'],
    [{ text: 'Ko nozīmē VBTAI?', conversation: 'bad id!' }, 'conversation must be'],
  ])('refuses %j with a 400 problem that says why', async (body, message) => {
    const { url } = await start();
    const response = await postJson(`${url}/api/ask`, body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toMatchObject({ status: 400, title: 'Bad request' });
    expect(JSON.parse(response.text).detail).toContain(message);
  });

  it('refuses a body that is not JSON with a JSON 400', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'about:blank',
      status: 400,
      title: 'Bad request',
      detail: 'the body must be valid JSON',
    });
  });
});

describe('GET /api/deadlines', () => {
  it('lists every tracked item with owners, deadline in words, days and source', async () => {
    await start();
    const all = await deadlines('');
    expect(all.status).toBe(200);
    expect(all.rows.length).toBeGreaterThan(100);
    const measure = all.rows.find((r) => r.id === '4.4.5');
    expect(measure).toMatchObject({
      owners: expect.arrayContaining([expect.objectContaining({ name: 'LM' })]),
      deadline: 'no 2024. gada 2. pusgada',
      source: { title: 'Plāns 2022–2025', locator: '4.4.5. pasākums' },
    });
    // The group's leader cell says "Labklājības ministrijas …": shown as the abbreviation, named in full on hover.
    const group = all.rows.find((r) => r.id === '1' && r.source.locator === '1. apakšgrupa');
    expect(group?.owners).toEqual([{ name: 'LM', full: 'Labklājības ministrija', role: 'responsible' }]);
  });

  it('filters by institution (responsible or co-responsible), bucket, group and document', async () => {
    await start();
    const all = await deadlines('');
    const lm = await deadlines('?institution=LM');
    expect(lm.rows.length).toBeGreaterThan(0);
    expect(lm.rows.length).toBeLessThan(all.rows.length);
    const overdue = await deadlines('?institution=LM&bucket=overdue');
    expect(overdue.rows.length).toBe(lm.counts.overdue);
    expect(overdue.rows.every((r) => r.bucket === 'overdue' && (r.days ?? 0) < 0)).toBe(true);
    const group = await deadlines('?group=6&document=groups');
    expect(group.rows.length).toBeGreaterThan(0);
    expect(group.rows.every((r) => r.source.locator.startsWith('6.'))).toBe(true);
  });

  it('refuses a bad horizon or bucket with a 400', async () => {
    await start();
    expect((await deadlines('?horizon=0')).status).toBe(400);
    expect((await deadlines('?bucket=soonish')).status).toBe(400);
  });
});

describe('GET /api/deadlines filter counts', () => {
  type Counted = { id: string; count: number }[];
  async function filters(query: string) {
    const body = (await (await fetch(`${harness?.url}/api/deadlines${query}`)).json()) as {
      rows: unknown[];
      filters: { institutions: Counted; groups: Counted; documents: Counted; buckets: Counted };
    };
    return body;
  }

  it('gives each option the number of rows it would show, the other filters kept', async () => {
    await start();
    const all = await filters('');
    const lm = all.filters.institutions.find((o) => o.id === 'LM' || o.id.endsWith('lm'));
    const lmId = lm?.id ?? '';
    expect(lm?.count).toBe((await filters(`?institution=${lmId}`)).rows.length);
    const documents = all.filters.documents.reduce((sum, o) => sum + o.count, 0);
    expect(documents).toBe(all.rows.length);
    const withLm = await filters(`?institution=${lmId}`);
    for (const doc of withLm.filters.documents)
      expect(doc.count).toBe((await filters(`?institution=${lmId}&document=${doc.id}`)).rows.length);
  });
});

describe('GET /api/digests', () => {
  it('says there is no local channel yet', async () => {
    const { url } = await start();
    expect(await (await fetch(`${url}/api/digests`)).json()).toEqual({ available: false, digests: [] });
  });

  it('lists the digests posted to the local channel', async () => {
    const posted = { id: 'd1', postedAt: TEST_NOW.toISOString(), digest: SAMPLE_DIGEST };
    const { url } = await start({ list: async (limit) => [posted].slice(0, limit) });
    expect(await (await fetch(`${url}/api/digests`)).json()).toEqual({ available: true, digests: [posted] });
  });
});

/** The web adapter over the real services (store, statuses, commands, local channel, digest composer). */
async function withServices(newToken?: () => string) {
  const db = openMemoryDatabase();
  const clock = () => TEST_NOW;
  const services = buildServices({
    db,
    engine,
    defaults: loadDigestScopes(),
    clock,
    ...(newToken ? { newToken } : {}),
  });
  harness = await startHarness({
    engine,
    db,
    adapters: [startWeb],
    localChannel: services.local,
    handle: { statuses: services.statuses, commands: services.commands },
  });
  harness.runtime.services = services;
  return { url: harness.url, services };
}

describe('the local channel on a fresh start', () => {
  it('comes with a preview of the digest as it would be sent now, in the language asked, until one is posted', async () => {
    const { url, services } = await withServices();
    const fresh = (await (await fetch(`${url}/api/digests?lang=en`)).json()) as {
      digests: unknown[];
      preview?: { composedAt: string; digest: { language: string; sections: unknown[] } };
    };
    expect(fresh.digests).toEqual([]);
    expect(fresh.preview?.composedAt).toBe(TEST_NOW.toISOString());
    expect(fresh.preview?.digest.language).toBe('en');
    expect(fresh.preview?.digest.sections.length).toBeGreaterThan(0);
    await services.local.postDigest({ platform: 'web', id: 'local' }, SAMPLE_DIGEST, {
      subscriptionId: 's',
      period: 'p',
    });
    const after = (await (await fetch(`${url}/api/digests`)).json()) as { digests: unknown[]; preview?: unknown };
    expect(after.digests).toHaveLength(1);
    expect(after.preview).toBeUndefined();
  });

  it('names a mark made from the page as the web user\'s, not "unknown"', async () => {
    const { url, services } = await withServices();
    const [key] = services.items.keys();
    const ask = async (text: string) => JSON.parse((await postJson(`${url}/api/ask`, { text })).text) as ReplyJson;
    const lv = await ask(`statuss ${key} izpildīts`);
    expect(lv.answer).toContain('atzīmēja tīmekļa lietotājs');
    expect(lv.answer).not.toContain('unknown');
    const en = await ask(`status ${key} in progress`);
    expect(en.answer).toContain('marked by web user');
  });
});

describe('chat commands on the local page', () => {
  it('subscribes the local channel, and its confirm button (an action) unsubscribes it', async () => {
    const { services } = await withServices(() => 'bbbbbbbb');
    const ask = async (text: string) =>
      JSON.parse((await postJson(`${harness?.url}/api/ask`, { text, conversation: 'tab-1' })).text) as ReplyJson;
    expect((await ask('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam')).answer).toContain('Pierakstīts');
    expect((await services.subscriptions.all()).map((s) => s.target)).toEqual([
      { platform: 'web', id: 'local', label: 'Lokālais kanāls' },
    ]);
    const confirm = await ask('Atrakstīt šo kanālu no kopsavilkuma');
    expect(confirm.actions).toEqual([
      expect.objectContaining({ command: 'apstiprināt bbbbbbbb', style: 'danger' }),
      expect.objectContaining({ command: 'atcelt bbbbbbbb' }),
    ]);
    expect(await services.subscriptions.all()).toHaveLength(1);
    expect((await ask(confirm.actions[0]?.command ?? '')).answer).toContain('Atrakstīts');
    expect(await services.subscriptions.all()).toEqual([]);
  });
});

describe('/api/ask memory', () => {
  it('keeps no state for standalone questions, even 200 at 50 at a time', async () => {
    const { url, runtime } = await start();
    let next = 0;
    const client = async () => {
      while (next++ < 200) expect((await postJson(`${url}/api/ask`, { text: 'Kas ir VBTAI?' })).status).toBe(200);
    };
    await Promise.all(Array.from({ length: 50 }, client));
    const conversations = runtime.handle.conversations as MemoryConversations;
    expect(conversations.size).toBe(0);
    await postJson(`${url}/api/ask`, { text: 'Kas ir atbildīgs par 4.4.5. pasākumu?', conversation: 'tab-1' });
    expect(conversations.size).toBe(1);
  });
});

describe('MemoryConversations', () => {
  const state = (at: Date) => ({ subjects: [], intent: 'x', language: 'lv' as const, at: at.toISOString() });

  it('drops states older than the follow-up window as newer ones arrive', async () => {
    const store = new MemoryConversations();
    const t0 = new Date('2026-11-23T08:00:00Z');
    store.set('a', state(t0));
    store.set('b', state(new Date(t0.getTime() + 60_000)));
    store.set('c', state(new Date(t0.getTime() + CONTEXT_TTL_MS + 30_000)));
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBeDefined();
    expect(store.size).toBe(2);
  });

  it('keeps at most max, the least recently answered going first', async () => {
    const store = new MemoryConversations(2);
    const t0 = new Date('2026-11-23T08:00:00Z');
    for (const id of ['a', 'b', 'c']) store.set(id, state(t0));
    expect([await store.get('a'), (await store.get('b')) !== undefined, (await store.get('c')) !== undefined]).toEqual([
      undefined,
      true,
      true,
    ]);
  });
});
