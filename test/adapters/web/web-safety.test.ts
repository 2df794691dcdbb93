/**
 * The web API's defences over real HTTP: a foreign Origin or Host is refused with a 403 problem and changes
 * nothing; with WEB_ACCESS_TOKEN the page asks for the token once and keeps an HttpOnly, SameSite=Strict cookie,
 * and /api/* refuses a request without it.
 */
import { request } from 'node:http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDigestScopes } from '../../../src/adapters/files/digest-scopes-file.js';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { startWeb } from '../../../src/adapters/web/start-web.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { buildServices, type Services } from '../../../src/services.js';
import { type Harness, startHarness, TEST_NOW } from '../teams/runtime-harness.js';

const TOKEN = 'a-long-enough-shared-secret-123';
let engine: AnswerEngine;
let harness: Harness | undefined;
let services: Services;

beforeAll(() => {
  engine = loadEngine();
});

afterEach(async () => {
  await harness?.stop();
  harness?.runtime.db.close();
  harness = undefined;
});

async function start(env: Record<string, string> = {}): Promise<Harness> {
  const db = openMemoryDatabase();
  const adminUsers = env.ADMIN_USERS;
  services = buildServices({ db, engine, defaults: loadDigestScopes(), adminUsers, clock: () => TEST_NOW });
  harness = await startHarness({
    engine,
    db,
    env,
    adapters: [startWeb],
    handle: { statuses: services.statuses, commands: services.commands },
  });
  return harness;
}

function ask(url: string, headers: Record<string, string>, text = '4.4.5 izpildīts'): Promise<Response> {
  return fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ text }),
  });
}

describe('same origin only', () => {
  it('refuses a foreign Origin with a 403 problem and marks nothing', async () => {
    const { url } = await start();
    const response = await ask(url, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { title: string; detail: string };
    expect(body.title).toBe('Forbidden');
    expect(body.detail).toContain('http://evil.example');
    expect(await services.statuses.latest('measure:4.4.5')).toBeUndefined();
  });

  it('refuses a cross-site fetch and a rebound Host name', async () => {
    const { url } = await start();
    expect((await ask(url, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const rebound = await getWithHost(`${url}/api/deadlines`, 'attacker.example:3978');
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).detail).toContain('attacker.example');
    expect(await services.statuses.latest('measure:4.4.5')).toBeUndefined();
  });

  it("accepts the page's own origin", async () => {
    const { url } = await start();
    const response = await ask(url, { origin: url });
    expect(response.status).toBe(200);
    expect((await services.statuses.latest('measure:4.4.5'))?.status).toBe('done');
  });
});

describe('WEB_ACCESS_TOKEN', () => {
  it('asks for the token, keeps a strict HttpOnly cookie, and refuses /api/* without it', async () => {
    const { url } = await start({ WEB_ACCESS_TOKEN: TOKEN });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('action="/sign-in"');
    const refused = await ask(url, { origin: url });
    expect(refused.status).toBe(401);
    expect(await services.statuses.latest('measure:4.4.5')).toBeUndefined();

    const wrong = await signIn(url, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const right = await signIn(url, TOKEN);
    expect(right.status).toBe(303);
    const cookie = right.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0] ?? '';
    expect((await fetch(`${url}/`, { headers: { cookie: session } })).status).toBe(200);
    expect((await ask(url, { origin: url, cookie: session })).status).toBe(200);
    expect((await services.statuses.latest('measure:4.4.5'))?.status).toBe('done');
  });

  it('accepts the token as a bearer header for scripts, and refuses a forged sign-in from another site', async () => {
    const { url } = await start({ WEB_ACCESS_TOKEN: TOKEN });
    const scripted = await fetch(`${url}/api/deadlines`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scripted.status).toBe(200);
    const forged = await signIn(url, TOKEN, 'http://evil.example');
    expect(forged.status).toBe(403);
  });
});

/** fetch() will not send a Host of one's choosing; node:http will, as a rebinding browser would. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('errors', () => {
  it('are problem JSON with no stack trace or path, when the store fails and on unknown routes', async () => {
    const { url, runtime } = await start();
    runtime.db.close();
    const failed = await ask(url, { origin: url });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toContain('application/problem+json');
    const text = await failed.text();
    expect(JSON.parse(text)).toEqual({
      type: 'about:blank',
      status: 500,
      title: 'Internal server error',
      detail: 'the server could not complete the request',
    });
    const missing = await fetch(`${url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { title: string }).title).toBe('Not found');
    runtime.db = openMemoryDatabase();
  });
});

describe('who may change statuses', () => {
  it("refuses the page's mark in the asker's language when ADMIN_USERS does not name the page", async () => {
    const { url } = await start({ ADMIN_USERS: 'U1' });
    const lv = (await (await ask(url, { origin: url })).json()) as { answer: string };
    expect(lv.answer).toContain('Statusus šeit var mainīt tikai administratori (ADMIN_USERS)');
    const en = (await (await ask(url, { origin: url }, 'mark 4.4.5 done')).json()) as { answer: string };
    expect(en.answer).toContain('Only the administrators (ADMIN_USERS) can change statuses here');
    expect(await services.statuses.latest('measure:4.4.5')).toBeUndefined();
  });

  it('lets the page mark when ADMIN_USERS names web, and keeps who and when', async () => {
    const { url } = await start({ ADMIN_USERS: 'U1, web' });
    expect((await ask(url, { origin: url })).status).toBe(200);
    expect(await services.statuses.latest('measure:4.4.5')).toEqual({
      status: 'done',
      by: 'web',
      at: TEST_NOW.toISOString(),
    });
  });
});

function signIn(url: string, token: string, origin = url): Promise<Response> {
  return fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ token }).toString(),
  });
}
