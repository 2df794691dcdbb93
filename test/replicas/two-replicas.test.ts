/**
 * Two real bot processes (node src/main.ts) on one PostgreSQL, Slack pointed at the fake Slack API in HTTP mode: a
 * digest due now is posted once, the same Slack event delivered to both is answered once, and a status marked on one
 * is seen on the other at once. Needs TEST_DATABASE_URL (bash scripts/pg-test-cluster.sh); under CI it must run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlDigestLedger } from '../../src/adapters/store/digest-ledger.js';
import { openPostgres } from '../../src/adapters/store/postgres-db.js';
import { SubscriptionStore } from '../../src/adapters/store/subscription-store.js';
import { subscribe } from '../../src/app/subscriptions.js';
import { SIGNING_SECRET, sign } from '../adapters/slack/harness.js';
import { mention } from '../adapters/slack/payloads.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { type Spawned, spawnServer } from '../server/spawn-server.js';
import { enginesUnderTest, freshSchemaUrl, TEST_DATABASE_URL } from '../store/engines.js';

const DIGEST_CHANNEL = 'C0REPLICA';
const DAY = 24 * 60 * 60_000;

interface Replica {
  server: Spawned;
  url: string;
}

// Under CI, a missing TEST_DATABASE_URL fails here rather than skipping the replicas unseen.
enginesUnderTest();

describe.runIf(TEST_DATABASE_URL)('two replicas on one PostgreSQL', () => {
  let fake: FakeSlackApi;
  let url: string;
  let subscriptionId: string;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    fake = await new FakeSlackApi().start();
    url = await freshSchemaUrl(TEST_DATABASE_URL ?? '');
    const db = await openPostgres(url, { max: 1 });
    const { subscription } = await subscribe(new SubscriptionStore(db), {
      target: { platform: 'slack', id: DIGEST_CHANNEL },
      scope: { groups: ['3'], institutions: [], roles: ['responsible', 'co-responsible'], prefixes: [], documents: [] },
      language: 'lv',
      now: new Date(Date.now() - 30 * DAY),
    });
    subscriptionId = subscription.id;
    await db.close();
    for (const name of ['a', 'b']) replicas.push(await startReplica(name, url, fake.apiUrl));
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) if (r.server.child.exitCode === null) r.server.child.kill('SIGKILL');
    await fake?.close();
  });

  it('posts a digest due now exactly once', async () => {
    const db = await openPostgres(url, { max: 1 });
    try {
      const ledger = new SqlDigestLedger(db);
      const sent = async () => (await ledger.recent(subscriptionId, 1))[0]?.state === 'sent';
      await expect.poll(sent, { timeout: 60_000, interval: 200 }).toBe(true);
      // Both schedulers have looked by now (each ticks at start); give a late tick a moment to show a second post.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const posts = fake.callsTo('chat.postMessage').filter((c) => c.params.channel === DIGEST_CHANNEL);
      expect(posts).toHaveLength(1);
    } finally {
      await db.close();
    }
  }, 90_000);

  it('answers the same Slack event, delivered to both, once', async () => {
    const body = mention({
      eventId: 'Ev0REPLICA1',
      text: '<@U0BOT> Kas ir atbildīgs par 4.4.5. pasākumu?',
      ts: '1700000500.000100',
    });
    const delivered = await Promise.all(replicas.map((r) => postEvent(r.url, body)));
    expect(delivered).toEqual([200, 200]);
    const answers = () => fake.callsTo('chat.postMessage').filter((c) => c.params.thread_ts === '1700000500.000100');
    await fake.waitFor(() => answers().length > 0, 'the answer', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(answers()).toHaveLength(1);
    expect(String(answers()[0]?.params.text)).toContain('4.4.5');
    const dropped = replicas.filter((r) => r.server.output().includes('slack: event already handled, ignored'));
    expect(dropped).toHaveLength(1);
  }, 90_000);

  it('shows a status marked on one replica on the other at once', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const marked = await ask(a.url, '4.4.5 izpildīts, jo sistēma ieviesta');
    expect(marked).toContain('Saglabāts');
    const rows = (await (await fetch(`${b.url}/api/deadlines?horizon=366`)).json()) as {
      rows: { key: string; status?: string }[];
    };
    expect(rows.rows.find((r) => r.key === 'measure:4.4.5')?.status).toBe('done');
    expect(await ask(b.url, 'Kas mainīja 4.4.5 statusu?')).toContain('sistēma ieviesta');
  }, 60_000);
});

async function startReplica(name: string, databaseUrl: string, apiUrl: string): Promise<Replica> {
  const server = spawnServer({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATA_DIR: mkdtempSync(join(tmpdir(), `replica-${name}-`)),
    DATABASE_URL: databaseUrl,
    SLACK_BOT_TOKEN: 'xoxb-0000-0000-faketoken',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    TEAMS_DISABLED: 'true',
  });
  await server.waitFor('Local chat:');
  const port = /Local chat: http:\/\/localhost:(\d+)\//u.exec(server.output())?.[1];
  return { server, url: `http://127.0.0.1:${port}` };
}

async function postEvent(base: string, body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    body,
  });
  return response.status;
}

async function ask(base: string, text: string): Promise<string> {
  const response = await fetch(`${base}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, conversation: 'replica-test' }),
  });
  return ((await response.json()) as { answer: string }).answer;
}
