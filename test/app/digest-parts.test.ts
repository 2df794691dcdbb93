/**
 * Digests that fit: a 120-line digest goes out whole as consecutive messages with "(1/3)" markers, every line in
 * exactly one part and each part within the platform's limits (Slack: 50 blocks, 3,000 characters a section, the
 * overall text limit; Teams: the activity under 80 KB counted in UTF-16). The ledger records the whole set, and a
 * crash mid-set resumes with the missing parts only. Through the fake Slack API and the fake Bot Connector.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/store/database.js';
import { startTeams } from '../../src/adapters/teams/start-teams.js';
import type { Messenger } from '../../src/app/ports.js';
import type { RunDeps } from '../../src/app/run-digests.js';
import { cardOf, cardTexts } from '../adapters/teams/card-reading.js';
import { postJson, startHarness as startTeamsHarness } from '../adapters/teams/runtime-harness.js';
import { FakeBotConnector } from '../fakes/fake-bot-connector.js';
import type { SlackCall } from '../fakes/fake-slack-api.js';
import { sampleDigest } from '../fixtures/slack/digest.js';
import { teamInstall } from '../fixtures/teams/activities.js';
import { addSubscription, instance, sharedEngine, slackPerTest } from './digest-harness.js';

const CREATED = new Date('2026-11-20T12:00:00Z');
/** Monday 2026-11-23 09:05 in Riga (UTC+2). */
const MONDAY = new Date('2026-11-23T07:05:00Z');
const LINES = 120;
/** The line ids of the 120-line digest, in order: one overdue, then the due ones. */
const IDS = ['1.2.1', ...Array.from({ length: LINES }, (_, i) => `4.4.${i + 1}`)];
const compose: RunDeps['compose'] = async (sub, _now, period) => ({
  ...sampleDigest(LINES),
  subscriptionId: sub.id,
  period,
});

const slackAt = slackPerTest();

/** Every text a Slack message shows, block by block. */
function slackTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(slackTexts);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'text' && typeof value === 'string' ? [value] : key === 'value' ? [] : slackTexts(value),
  );
}

/** The line ids a part shows, in order ("*4.4.5*" in Slack, "4.4.5 title" in a card). */
function idsIn(texts: string[], pattern: RegExp): string[] {
  return texts.flatMap((t) => [...t.matchAll(pattern)].map((m) => m[1] ?? ''));
}

function expectSlackPartWithinLimits(call: SlackCall): void {
  const blocks = call.params.blocks as { type: string; text?: { text: string } }[];
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const block of blocks)
    if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
  // Slack's overall limit for the text of all blocks (msg_blocks_too_long) is about 13,200 characters.
  expect(slackTexts(blocks).join('').length).toBeLessThan(13_200);
}

describe('a 120-line digest on Slack', () => {
  it('goes out whole in consecutive parts, each within the limits, recorded as one set', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const app = instance(mkdtempSync(join(tmpdir(), 'parts-')), clock, 'one', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, { platform: 'slack', id: 'C0PARTS' });
    const [result] = await app.run(clock.now, { compose });
    expect(result?.outcome).toBe('sent');
    const posts = fake.callsTo('chat.postMessage');
    expect(posts.length).toBeGreaterThan(1);
    const n = posts.length;
    posts.forEach((post, i) => {
      expectSlackPartWithinLimits(post);
      expect(slackTexts(post.params.blocks)[0]).toBe(`Termiņu pārskats: LM (${i + 1}/${n})`);
      expect(post.params.metadata).toMatchObject({ event_payload: { subscription: sub.id, part: i + 1, parts: n } });
    });
    const shown = posts.flatMap((p) => slackTexts(p.params.blocks));
    expect(idsIn(shown, /^\*([\d.]+)\*/gmu)).toEqual(IDS);
    expect(shown.join('\n')).not.toContain('saīsināts');
    const row = await app.services.ledger.get(sub.id, '2026-W48');
    expect(row).toMatchObject({ state: 'sent', messageId: result?.messageId });
    expect(row?.posted).toHaveLength(n);
  });

  it('resumes a set cut short by a crash with the missing parts only', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const dir = mkdtempSync(join(tmpdir(), 'parts-'));
    const dead = instance(dir, clock, 'dead', [messenger]);
    const sub = await addSubscription(dead.services, '3', {}, CREATED, { platform: 'slack', id: 'C0PARTS' });
    // The second part never gets an answer, and the instance dies (its store goes away) while it waits.
    const isPart = (n: number) => (c: SlackCall) =>
      (c.params.metadata as { event_payload?: { part?: number } }).event_payload?.part === n;
    fake.hold('chat.postMessage', new Promise(() => {}), isPart(2));
    const dying = dead.run(clock.now, { compose, callTimeoutMs: 1000 });
    await fake.waitForCall('chat.postMessage', isPart(2));
    dead.db.close();
    await dying;

    clock.now = new Date(MONDAY.getTime() + 25 * 60_000);
    const survivor = instance(dir, clock, 'survivor', [messenger]);
    const [result] = await survivor.run(clock.now);
    expect(result?.outcome).toBe('sent');
    const posts = fake.callsTo('chat.postMessage');
    const parts = posts.map(
      (p) => (p.params.metadata as { event_payload: { part: number; parts: number } }).event_payload,
    );
    const n = parts[0]?.parts ?? 0;
    expect(parts.map((p) => p.part)).toEqual([1, 2, ...Array.from({ length: n - 1 }, (_, i) => i + 2)]);
    const stored = fake
      .messagesIn('C0PARTS')
      .map((m) => (m.metadata as { event_payload: { part: number } }).event_payload.part);
    expect(stored).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect((await survivor.services.ledger.get(sub.id, '2026-W48'))?.posted).toHaveLength(n);
  });
});

describe('a 120-line digest on Teams', () => {
  const TEAM_KEY = 'teams:19:team-general@thread.tacv2';
  let connector: FakeBotConnector;

  afterEach(async () => {
    await connector.stop();
  });

  it('goes out whole as several cards, each activity under 80 KB counted in UTF-16', async () => {
    connector = await new FakeBotConnector().start();
    const dir = mkdtempSync(join(tmpdir(), 'parts-'));
    const teams = await startTeamsHarness({ engine: sharedEngine(), db: openDatabase(dir), adapters: [startTeams] });
    for (const activity of teamInstall(connector.url)) await postJson(`${teams.url}/api/messages`, activity);
    const messenger = teams.runtime.messengers.find((m) => m.platform === 'teams') as Messenger;
    const clock = { now: MONDAY };
    const app = instance(dir, clock, 'one', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, { platform: 'teams', id: TEAM_KEY });
    const before = connector.activities().length;
    const [result] = await app.run(clock.now, { compose });
    await teams.stop();
    expect(result?.outcome).toBe('sent');
    const cards = connector.activities().slice(before);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(JSON.stringify(card.body).length * 2).toBeLessThan(80_000);
    const texts = cards.map((c) => cardTexts(cardOf(c)));
    for (const [i, t] of texts.entries()) expect(t[0]).toBe(`Termiņu pārskats: LM (${i + 1}/${cards.length})`);
    expect(idsIn(texts.flat(), /^([\d.]+) Pasākums/gmu)).toEqual(IDS);
    expect((await app.services.ledger.get(sub.id, '2026-W48'))?.posted).toHaveLength(cards.length);
  });
});
