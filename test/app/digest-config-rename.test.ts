/**
 * DIGEST_CONFIG is the source of truth for what it declares: when a deployment renames an entry's id, the old
 * subscription goes at the next start-up and the channel keeps getting one digest a week (not two); a
 * subscription made in chat in the same channel is untouched. Through the real SlackMessenger to the fake Slack API.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDigestConfig } from '../../src/adapters/files/digest-config-file.js';
import { loadEngine } from '../../src/adapters/files/engine-files.js';
import { applyDigestConfig } from '../../src/app/subscriptions.js';
import { type Harness, startHarness } from '../adapters/slack/harness.js';
import { addSubscription, instance, tempDir } from './digest-harness.js';

const CHANNEL = { platform: 'slack' as const, id: 'C0NPAIS' };
const HOUR = 60 * 60_000;
const entry = (id: string) => ({
  id,
  target: CHANNEL,
  scope: { groups: ['3'] },
  schedule: { weekday: 'monday', time: '09:00' },
});

let slack: Harness;

beforeAll(async () => {
  slack = await startHarness(loadEngine());
});

afterAll(async () => {
  await slack.close();
});

describe('a renamed DIGEST_CONFIG entry', () => {
  it('replaces the old subscription: one digest a week, and the chat-made one untouched', async () => {
    const messenger = slack.runtime.messengers.find((m) => m.platform === 'slack');
    if (!messenger) throw new Error('no Slack messenger');
    const dir = tempDir();
    const file = join(dir, 'digests.json');
    const clock = { now: new Date('2026-11-20T12:00:00Z') };
    const posts: string[] = [];
    slack.fake.onCall((call) => {
      const mark = (call.params.metadata as { event_payload?: { subscription: string; period: string } } | undefined)
        ?.event_payload;
      if (call.method === 'chat.postMessage' && mark) posts.push(`${mark.period} ${mark.subscription}`);
    });

    writeFileSync(file, JSON.stringify([entry('npais-slack')]));
    let app = instance(dir, clock, 'first', [messenger]);
    await applyDigestConfig(app.services.subscriptions, readDigestConfig(file), clock.now);
    const chat = await addSubscription(app.services, '6', {}, clock.now, CHANNEL);
    const runUntil = async (until: Date) => {
      for (; clock.now < until; clock.now = new Date(clock.now.getTime() + HOUR)) await app.run(clock.now);
    };
    await runUntil(new Date('2026-11-25T00:00:00Z'));

    // The deployment renames the entry and restarts.
    writeFileSync(file, JSON.stringify([entry('npais')]));
    app.db.close();
    app = instance(dir, clock, 'second', [messenger]);
    const applied = await applyDigestConfig(app.services.subscriptions, readDigestConfig(file), clock.now);
    expect(applied).toMatchObject({ created: ['npais'], removed: ['npais-slack'] });
    await runUntil(new Date('2026-12-09T00:00:00Z'));

    const config = posts.filter((p) => !p.endsWith(chat.id));
    expect(config).toEqual(['2026-W48 npais-slack', '2026-W49 npais', '2026-W50 npais']);
    expect(posts.filter((p) => p.endsWith(chat.id))).toEqual([
      `2026-W48 ${chat.id}`,
      `2026-W49 ${chat.id}`,
      `2026-W50 ${chat.id}`,
    ]);
    expect((await app.services.subscriptions.get(chat.id))?.source).toBe('chat');
  });
});
