/**
 * Where the Teams bot may send, through the real Agents SDK over real HTTP: without credentials an activity is
 * handled only with a loopback serviceUrl and while the server is configured for loopback, else 401 with nothing
 * posted or stored; a stored reference is checked again before a digest goes to it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { ConversationRefs } from '../../../src/adapters/store/conversation-refs.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { FeedbackStore } from '../../../src/adapters/store/feedback-store.js';
import { RecentAnswers } from '../../../src/adapters/teams/recent-answers.js';
import { isBotFrameworkServiceUrl } from '../../../src/adapters/teams/service-url.js';
import { startTeams } from '../../../src/adapters/teams/start-teams.js';
import { createTeamsApp, teamsAuthConfig } from '../../../src/adapters/teams/teams-app.js';
import { TeamsMessenger } from '../../../src/adapters/teams/teams-messenger.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { personalMessage, teamInstall } from '../../fixtures/teams/activities.js';
import { SAMPLE_DIGEST } from '../../fixtures/teams/digest.js';
import { type Harness, postJson, startHarness } from './runtime-harness.js';

const TEAM_KEY = 'teams:19:team-general@thread.tacv2';
const MARK = { subscriptionId: 'sub-1', period: '2026-W48' };
let engine: AnswerEngine;
let connector: FakeBotConnector;
let harness: Harness | undefined;

beforeAll(() => {
  engine = loadEngine();
});

beforeEach(async () => {
  connector = await new FakeBotConnector().start();
});

afterEach(async () => {
  await harness?.stop();
  harness?.runtime.db.close();
  harness = undefined;
  await connector.stop();
});

async function start(env: Record<string, string> = {}): Promise<Harness> {
  harness = await startHarness({ engine, db: openMemoryDatabase(), adapters: [startTeams], env });
  return harness;
}

describe('Teams without credentials', () => {
  it('refuses a foreign serviceUrl with 401 problem JSON, posting and storing nothing', async () => {
    const { url, runtime } = await start();
    for (const activity of teamInstall('http://internal.example:8080/')) {
      const response = await postJson(`${url}/api/messages`, activity);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.text)).toMatchObject({ status: 401, detail: expect.stringContaining('loopback') });
    }
    expect(await new ConversationRefs(runtime.db).all()).toEqual([]);
    expect(connector.calls).toEqual([]);
  });

  it('refuses even a loopback serviceUrl when the server is configured beyond loopback', async () => {
    const { url, runtime } = await start({ HOST: '0.0.0.0', WEB_DISABLED: 'true' });
    const response = await postJson(`${url}/api/messages`, personalMessage(connector.url, 'palīdzība'));
    expect(response.status).toBe(401);
    expect(connector.calls).toEqual([]);
    expect(await new ConversationRefs(runtime.db).all()).toEqual([]);
  });

  it('answers a body that is not JSON with a 400 problem, not an HTML page', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toBe('the body must be valid JSON');
  });

  it('answers the local emulator on loopback', async () => {
    const { url } = await start();
    const response = await postJson(`${url}/api/messages`, personalMessage(connector.url, 'palīdzība'));
    expect(response.status).toBe(200);
    expect(connector.activities()).toHaveLength(1);
  });
});

describe('stored references', () => {
  it('are checked again before a digest is posted: a tampered serviceUrl is refused, not called', async () => {
    const { url, runtime } = await start();
    for (const activity of teamInstall(connector.url)) await postJson(`${url}/api/messages`, activity);
    const refs = new ConversationRefs(runtime.db);
    const saved = await refs.get(TEAM_KEY);
    if (!saved) throw new Error('installation stored no reference');
    const tampered = JSON.stringify({ ...JSON.parse(saved.reference), serviceUrl: 'http://169.254.169.254/' });
    await refs.save({ ...saved, reference: tampered });
    const before = connector.calls.length;
    const messenger = runtime.messengers.find((m) => m.platform === 'teams');
    await expect(messenger?.postDigest({ platform: 'teams', id: TEAM_KEY }, SAMPLE_DIGEST, MARK)).rejects.toMatchObject(
      {
        name: 'PlatformError',
        retryable: false,
        message: expect.stringContaining('stored conversation refused'),
      },
    );
    expect(connector.calls.length).toBe(before);
  });

  it('with credentials, a loopback reference is refused before any token is fetched', async () => {
    const { url, runtime } = await start();
    for (const activity of teamInstall(connector.url)) await postJson(`${url}/api/messages`, activity);
    const env = { TEAMS_CLIENT_ID: 'client', TEAMS_CLIENT_SECRET: 'secret', TEAMS_TENANT_ID: 'tenant' };
    const auth = teamsAuthConfig({ ...runtime.config, ...env });
    const refs = new ConversationRefs(runtime.db);
    const deps = { runtime, refs, feedback: new FeedbackStore(runtime.db), answers: new RecentAnswers() };
    const messenger = new TeamsMessenger(createTeamsApp(auth, deps).adapter, refs, env.TEAMS_CLIENT_ID);
    await expect(messenger.postDigest({ platform: 'teams', id: TEAM_KEY }, SAMPLE_DIGEST, MARK)).rejects.toThrow(
      'not a Bot Framework service',
    );
  });
});

describe('Bot Framework service hosts', () => {
  it.each([
    ['https://smba.trafficmanager.net/emea/', true],
    ['https://smba.infra.gcc.teams.microsoft.com/', true],
    ['https://europe.webchat.botframework.com/', true],
    ['http://smba.trafficmanager.net/emea/', false],
    ['https://smba.trafficmanager.net.evil.example/', false],
    ['https://evilbotframework.com/', false],
    ['https://user:pw@smba.trafficmanager.net/', false],
    ['not a url', false],
  ])('%s → %s', (serviceUrl, allowed) => {
    expect(isBotFrameworkServiceUrl(serviceUrl)).toBe(allowed);
  });
});
