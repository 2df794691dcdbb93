/**
 * Digest runs against the real stores on a database file, with a clock the test moves: the services main.ts
 * builds, the local web channel as the messenger, and a recorded sleep so retries take no real time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { loadDigestScopes } from '../../src/adapters/files/digest-scopes-file.js';
import { loadEngine } from '../../src/adapters/files/engine-files.js';
import { type Db, openDatabase } from '../../src/adapters/store/database.js';
import type { Messenger } from '../../src/app/ports.js';
import { type Outcome, type RunDeps, runDigests } from '../../src/app/run-digests.js';
import { subscribe } from '../../src/app/subscriptions.js';
import type { AnswerEngine } from '../../src/core/answer/answer.js';
import type { Schedule } from '../../src/core/digest/schedule.js';
import { buildServices, type Services } from '../../src/services.js';
import { type Harness, startHarness } from '../adapters/slack/harness.js';
import type { FakeSlackApi } from '../fakes/fake-slack-api.js';

let engine: AnswerEngine | undefined;

export const QUIET_LOG = { info() {}, warn() {}, error() {} };

export interface Instance {
  db: Db;
  engine: AnswerEngine;
  services: Services;
  sleeps: number[];
  run(now: Date, options?: Partial<RunDeps>): ReturnType<typeof runDigests>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'digests-'));
}

/** The answer engine, loaded once for the test file. */
export function sharedEngine(): AnswerEngine {
  engine ??= loadEngine();
  return engine;
}

/** One running instance of the assistant over the database in `dir`. */
export function instance(dir: string, clock: { now: Date }, owner: string, messengers?: Messenger[]): Instance {
  const loaded = sharedEngine();
  const db = openDatabase(dir);
  const services = buildServices({ db, engine: loaded, defaults: loadDigestScopes(), clock: () => clock.now });
  const sleeps: number[] = [];
  return {
    db,
    engine: loaded,
    services,
    sleeps,
    run: (now, options = {}) =>
      runDigests(now, {
        subscriptions: services.subscriptions,
        ledger: services.ledger,
        messengers: messengers ?? [services.local],
        compose: services.compose,
        owner,
        log: QUIET_LOG,
        clock: () => clock.now,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        ...options,
      }),
  };
}

export async function addSubscription(
  services: Services,
  group: string,
  schedule: Partial<Schedule>,
  createdAt: Date,
  target: { platform: 'web' | 'slack' | 'teams'; id: string } = { platform: 'web', id: 'local' },
) {
  const { subscription } = await subscribe(services.subscriptions, {
    target,
    scope: { groups: [group], institutions: [], roles: ['responsible', 'co-responsible'], prefixes: [], documents: [] },
    schedule,
    language: 'lv',
    now: createdAt,
  });
  return subscription;
}

export const outcomes = (results: { outcome: Outcome }[]) => results.map((r) => r.outcome);

export interface SlackUnderTest {
  fake: FakeSlackApi;
  messenger: Messenger;
  harness: Harness;
}

/**
 * The real SlackMessenger against the fake Slack API, started by each test that asks and closed after it. With a
 * clock, the fake stamps messages by the test's clock, as Slack stamps them by its own.
 */
export function slackPerTest(): (clock?: { now: Date }) => Promise<SlackUnderTest> {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  return async (clock) => {
    const started = await startHarness(sharedEngine());
    harness = started;
    if (clock) started.fake.clock = () => clock.now;
    const messenger = started.runtime.messengers.find((m) => m.platform === 'slack');
    if (!messenger) throw new Error('no Slack messenger');
    return { fake: started.fake, messenger, harness: started };
  };
}
