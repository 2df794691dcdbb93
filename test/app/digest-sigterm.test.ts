/**
 * SIGTERM during a digest's retries, to the real server process (node src/main.ts with Slack pointed at the fake
 * Slack API): the process exits within 10 s, and the next start finishes the digest once. Slack stored the post
 * but answered with an error, so "finishes" means finding it, not posting it again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/adapters/files/paths.js';
import { slotToSend } from '../../src/app/run-digests.js';
import { changeSettings } from '../../src/app/subscriptions.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { addSubscription, instance, tempDir } from './digest-harness.js';

const CHANNEL = { platform: 'slack' as const, id: 'C0SIGTERM' };
const DAY = 24 * 60 * 60_000;

let fake: FakeSlackApi | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
});

/** The server over `dataDir`, its JSON log lines collected as they come. */
function startServer(dataDir: string, apiUrl: string): { lines: string[]; exited: Promise<number | null> } {
  const { PATH = '', HOME = '' } = process.env;
  const env = {
    PATH,
    HOME,
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: 'xoxb-0000-0000-faketoken',
    SLACK_SIGNING_SECRET: 'fake-signing-secret-0000',
    SLACK_API_URL: apiUrl,
    TEAMS_DISABLED: 'true',
  };
  const server = spawn(process.execPath, ['--import', 'tsx', join('src', 'main.ts')], { cwd: PROJECT_ROOT, env });
  child = server;
  const lines: string[] = [];
  let rest = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    const text = rest + chunk.toString('utf8');
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts.filter((l) => l.startsWith('{')));
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  return { lines, exited };
}

async function waitFor(seen: () => boolean, what: string, limitMs = 90_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!seen()) {
    if (Date.now() > deadline) throw new Error(`never saw ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('SIGTERM during a digest retry', () => {
  it('exits within 10 s, and the restart finishes the digest once', async () => {
    fake = await new FakeSlackApi().start();
    fake.clock = () => new Date();
    const dataDir = join(tempDir(), 'data');
    const now = new Date();
    const setUp = instance(dataDir, { now }, 'setup');
    const sub = await addSubscription(
      setUp.services,
      '3',
      { hour: 0, minute: 0 },
      new Date(now.getTime() - 8 * DAY),
      CHANNEL,
    );
    // Whatever today is: a weekday whose latest slot has passed (a holiday can push a slot past now).
    const weekday = [1, 2, 3, 4, 5, 6, 7].find((w) =>
      slotToSend({ ...sub, schedule: { ...sub.schedule, weekday: w } }, now),
    );
    await changeSettings(setUp.services.subscriptions, sub.id, { schedule: { weekday: weekday ?? 1 } }, now);
    setUp.db.close();
    fake.failNext('chat.postMessage', { status: 503, body: { ok: false }, afterEffect: true });

    const server = startServer(dataDir, fake.apiUrl);
    await waitFor(() => server.lines.some((l) => l.includes('digest post failed')), 'the failed post');
    const signalled = Date.now();
    child?.kill('SIGTERM');
    const code = await server.exited;
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(server.lines.every((l) => typeof JSON.parse(l) === 'object')).toBe(true);

    const again = startServer(dataDir, fake.apiUrl);
    await waitFor(() => again.lines.some((l) => l.includes('digest posted')), 'the digest finished');
    child?.kill('SIGTERM');
    await again.exited;
    const posted = again.lines
      .map((l) => JSON.parse(l) as { msg?: string; outcome?: string })
      .find((l) => l.msg === 'digest posted');
    expect(posted?.outcome).toBe('found');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.messagesIn(CHANNEL.id)).toHaveLength(1);
  }, 180_000);
});
