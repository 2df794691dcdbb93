/**
 * The deployment's DIGEST_CONFIG file (validation messages that name the field, idempotent application, default
 * mentions) and the scheduler that main.ts starts (a catch-up tick at start-up, DIGESTS_DISABLED).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DigestConfigError, readDigestConfig } from '../../src/adapters/files/digest-config-file.js';
import { PROJECT_ROOT } from '../../src/adapters/files/paths.js';
import { createHttpApp } from '../../src/adapters/http/http-app.js';
import { createLogger } from '../../src/adapters/log/logger.js';
import { startScheduler } from '../../src/adapters/scheduler/start-scheduler.js';
import { unknownNames } from '../../src/app/check-digest-config.js';
import { MemoryConversations } from '../../src/app/handle-message.js';
import { applyDigestConfig } from '../../src/app/subscriptions.js';
import { loadConfig } from '../../src/config.js';
import { parseDigestConfig } from '../../src/core/digest/digest-config.js';
import type { Runtime } from '../../src/runtime.js';
import { addSubscription, instance, tempDir } from './digest-harness.js';

const ENTRY = {
  id: 'npais-slack',
  target: { platform: 'slack', id: 'C0NPAIS' },
  scope: { groups: ['3'] },
  schedule: { weekday: 'tuesday', time: '08:30' },
  language: 'en',
};

function writeConfig(value: unknown): string {
  const file = join(tempDir(), 'digests.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

function problemOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('DIGEST_CONFIG', () => {
  it('names every bad field with its place in the file', () => {
    const message = problemOf(() =>
      parseDigestConfig([
        { ...ENTRY, schedule: { weekday: 'funday', time: '25:00' } },
        { ...ENTRY, id: 'Bad Id', target: { platform: 'fax', id: '1' } },
      ]),
    );
    expect(message).toContain('0.schedule.weekday');
    expect(message).toContain('0.schedule.time: a time such as "09:00"');
    expect(message).toContain('1.id: lower-case letters');
    expect(message).toContain('1.target');
  });

  it('refuses an id used twice and unknown fields', () => {
    expect(problemOf(() => parseDigestConfig([ENTRY, ENTRY]))).toBe(
      'subscriptions: the id "npais-slack" is used twice',
    );
    expect(problemOf(() => parseDigestConfig([{ ...ENTRY, channel: 'x' }]))).toContain('channel');
  });

  it('says which file is broken and how', () => {
    const bad = writeConfig('{ "subscriptions": [ }');
    let error: unknown;
    try {
      readDigestConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DigestConfigError);
    expect((error as Error).message).toMatch(/^DIGEST_CONFIG .*digests\.json: is not valid JSON/u);
    expect(problemOf(() => readDigestConfig(join(tempDir(), 'missing.json')))).toContain('cannot be read (ENOENT)');
  });

  it('gives each entry its platform default mentions, its own winning', () => {
    const file = writeConfig({
      subscriptions: [
        { ...ENTRY, mentions: { LM: 'S0OWN' } },
        { ...ENTRY, id: 'web', target: { platform: 'web', id: 'local' } },
      ],
      mentions: { slack: { LM: 'S0DEFAULT', IZM: 'S0IZM' } },
    });
    const config = readDigestConfig(file);
    expect(config.subscriptions[0]?.mentions).toEqual({ LM: 'S0OWN', IZM: 'S0IZM' });
    expect(config.subscriptions[1]?.mentions).toEqual({});
  });

  it('creates, then leaves alone, then updates; an entry no longer in the file is removed, chat ones kept', async () => {
    const app = instance(tempDir(), { now: new Date() }, 'one');
    const repo = app.services.subscriptions;
    const first = parseDigestConfig([ENTRY, { ...ENTRY, id: 'lm', scope: { institutions: ['LM'] } }]);
    const at = new Date('2026-11-20T10:00:00Z');
    expect(await applyDigestConfig(repo, first, at)).toMatchObject({ created: ['npais-slack', 'lm'], updated: [] });
    expect(await applyDigestConfig(repo, first, at)).toMatchObject({ created: [], unchanged: ['npais-slack', 'lm'] });
    const stored = await repo.get('npais-slack');
    expect(stored?.schedule).toEqual({ weekday: 2, hour: 8, minute: 30 });
    expect(stored?.language).toBe('en');
    const second = parseDigestConfig([{ ...ENTRY, schedule: { weekday: 3, time: '9:15' } }]);
    const later = new Date('2026-11-21T10:00:00Z');
    const chat = await addSubscription(app.services, '6', {}, at, { platform: 'slack', id: 'C0NPAIS' });
    expect(await applyDigestConfig(repo, second, later)).toMatchObject({ updated: ['npais-slack'], removed: ['lm'] });
    expect(await repo.get('npais-slack')).toMatchObject({
      schedule: { weekday: 3, hour: 9, minute: 15 },
      createdAt: at.toISOString(),
    });
    expect(await repo.get('lm')).toBeUndefined();
    expect(await repo.get(chat.id)).toMatchObject({ source: 'chat' });
    expect(await applyDigestConfig(repo, second, later)).toMatchObject({ unchanged: ['npais-slack'], removed: [] });
  });
});

describe('the names a config file uses', () => {
  it('reports a working group or institution the documents do not have', () => {
    const app = instance(tempDir(), { now: new Date() }, 'one');
    const config = parseDigestConfig([{ ...ENTRY, scope: { groups: ['9', '3'], institutions: ['XX', 'LM'] } }]);
    expect(unknownNames(config, app.engine.understander.kb)).toEqual([
      'subscriptions.0.scope.groups: no working group "9" (known: standing, 1, 2, 3, 4, 5, 6, 7, 8)',
      'subscriptions.0.scope.institutions: no institution "XX" in the registry',
    ]);
  });

  it('finds nothing wrong in the example file the README points to', () => {
    const app = instance(tempDir(), { now: new Date() }, 'one');
    const config = readDigestConfig(join(PROJECT_ROOT, 'config', 'digests.example.json'));
    expect(config.subscriptions.map((s) => s.id)).toEqual(['npais-slack', 'lm-teams-en', 'plan-4-4-local']);
    expect(config.subscriptions[0]?.mentions).toEqual({ LM: 'S0123LMGROUP', IZM: 'S0456IZMGROUP' });
    expect(unknownNames(config, app.engine.understander.kb)).toEqual([]);
  });
});

describe('the scheduler', () => {
  function runtime(app: ReturnType<typeof instance>, now: Date, env: Record<string, string> = {}): Runtime {
    return {
      config: loadConfig({ NODE_ENV: 'test', ...env }),
      logger: createLogger('silent'),
      db: app.db,
      http: createHttpApp(),
      handle: { engine: app.engine, conversations: new MemoryConversations(), now: () => now },
      messengers: [app.services.local],
      localChannel: app.services.local,
      services: app.services,
    };
  }

  it('catches up at start-up on the digest missed while it was down', async () => {
    const now = new Date('2026-11-24T08:00:00Z');
    const app = instance(tempDir(), { now }, 'one');
    const sub = await addSubscription(app.services, '3', {}, new Date('2026-11-20T12:00:00Z'));
    const started = await startScheduler(runtime(app, now));
    expect(started?.name).toBe('scheduler');
    // Stopping cuts deliveries short, so the catch-up is awaited first.
    await vi.waitFor(async () => expect(await app.services.local.list(10)).toHaveLength(1));
    await started?.stop();
    const posted = await app.services.local.list(10);
    expect(posted.map((p) => [p.digest.subscriptionId, p.digest.period])).toEqual([[sub.id, '2026-W48']]);
  });

  it('stays off with DIGESTS_DISABLED', async () => {
    const now = new Date('2026-11-24T08:00:00Z');
    const app = instance(tempDir(), { now }, 'one');
    await addSubscription(app.services, '3', {}, new Date('2026-11-20T12:00:00Z'));
    expect(await startScheduler(runtime(app, now, { DIGESTS_DISABLED: 'true' }))).toBeUndefined();
    expect(await app.services.local.list(10)).toEqual([]);
  });
});
