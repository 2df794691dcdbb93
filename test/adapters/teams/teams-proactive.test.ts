/**
 * Installation saves the conversation reference in the store; a new app instance over the same database file
 * posts a digest there proactively (to the fake Bot Connector); uninstalling removes the reference; connector
 * failures become PlatformError.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { ConversationRefs } from '../../../src/adapters/store/conversation-refs.js';
import { openDatabase } from '../../../src/adapters/store/database.js';
import { startTeams } from '../../../src/adapters/teams/start-teams.js';
import { PlatformError } from '../../../src/app/ports.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { groupChatMessage, groupChatRemoved, teamInstall, teamUninstall } from '../../fixtures/teams/activities.js';
import { SAMPLE_DIGEST } from '../../fixtures/teams/digest.js';
import { cardOf, cardTexts, submitActions } from './card-reading.js';
import { type Harness, postJson, startHarness } from './runtime-harness.js';

const TEAM_KEY = 'teams:19:team-general@thread.tacv2';
const MARK = { subscriptionId: 'sub-1', period: '2026-W48' };

let engine: AnswerEngine;
let connector: FakeBotConnector;
let dataDir: string;
const open: Harness[] = [];

beforeAll(() => {
  engine = loadEngine();
});

beforeEach(async () => {
  connector = await new FakeBotConnector().start();
  dataDir = mkdtempSync(join(tmpdir(), 'teams-refs-'));
});

afterEach(async () => {
  for (const harness of open.splice(0)) {
    await harness.stop();
    harness.runtime.db.close();
  }
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function instance(): Promise<Harness> {
  const harness = await startHarness({ engine, db: openDatabase(dataDir), adapters: [startTeams] });
  open.push(harness);
  return harness;
}

async function closeInstance(harness: Harness): Promise<void> {
  open.splice(open.indexOf(harness), 1);
  await harness.stop();
  harness.runtime.db.close();
}

function teamsMessenger(harness: Harness) {
  const messenger = harness.runtime.messengers.find((m) => m.platform === 'teams');
  if (!messenger) throw new Error('startTeams registered no messenger');
  return messenger;
}

describe('Teams conversation references and proactive digests', () => {
  it('saves the reference at installation and a new instance posts the digest there', async () => {
    const first = await instance();
    for (const activity of teamInstall(connector.url)) {
      expect((await postJson(`${first.url}/api/messages`, activity)).status).toBe(200);
    }
    const saved = await new ConversationRefs(first.runtime.db).get(TEAM_KEY);
    expect(saved?.label).toBe('Bērnu politikas darba grupa / General');
    await closeInstance(first);

    const second = await instance();
    const posted = await teamsMessenger(second).postDigest({ platform: 'teams', id: TEAM_KEY }, SAMPLE_DIGEST, MARK);
    const [call] = connector.activities();
    expect(call?.path).toBe('/v3/conversations/19:team-general@thread.tacv2/activities');
    expect(call?.body.replyToId).toBeUndefined();
    expect(posted.messageId).toBe('msg-1');
    const card = cardOf(call);
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Termiņu apkopojums — 2026. gada 48. nedēļa');
    expect(texts).toContain('4.4.5 NPAIS izstrāde, testēšana un ieviešana');
    expect(texts).toContain('nokavēts 327 d.');
    expect(JSON.stringify(card)).toContain('"text":"4.4.5 izpildīts"');
    expect(submitActions(card)).toEqual([]);
  });

  it('removes the reference when the app is uninstalled or removed from a chat', async () => {
    const harness = await instance();
    const refs = new ConversationRefs(harness.runtime.db);
    for (const activity of teamInstall(connector.url)) await postJson(`${harness.url}/api/messages`, activity);
    await postJson(`${harness.url}/api/messages`, groupChatMessage(connector.url, 'palīdzība'));
    expect((await refs.all('teams')).map((r) => r.key)).toEqual(['teams:19:group-chat-1@thread.v2', TEAM_KEY]);

    await postJson(`${harness.url}/api/messages`, teamUninstall(connector.url));
    await postJson(`${harness.url}/api/messages`, groupChatRemoved(connector.url));
    expect(await refs.all('teams')).toEqual([]);
    await expect(
      teamsMessenger(harness).postDigest({ platform: 'teams', id: TEAM_KEY }, SAMPLE_DIGEST, MARK),
    ).rejects.toMatchObject({ name: 'PlatformError', retryable: false });
  });

  it('turns a 429 from the connector into a retryable PlatformError with the wait', async () => {
    const harness = await instance();
    for (const activity of teamInstall(connector.url)) await postJson(`${harness.url}/api/messages`, activity);
    connector.failNext(429, { 'retry-after': '7' });
    const error = await teamsMessenger(harness)
      .postDigest({ platform: 'teams', id: TEAM_KEY }, SAMPLE_DIGEST, MARK)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 7000 });
  });
});
