/**
 * The Teams bot through the real Agents SDK over real HTTP: activities POSTed to /api/messages on a local server,
 * replies recorded by a fake Bot Connector on 127.0.0.1 (the activities' serviceUrl). Anonymous local mode.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { FeedbackStore } from '../../../src/adapters/store/feedback-store.js';
import { startTeams } from '../../../src/adapters/teams/start-teams.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import {
  cardSubmit,
  channelMessage,
  feedbackInvoke,
  groupChatMessage,
  personalInstall,
  personalMessage,
} from '../../fixtures/teams/activities.js';
import { cardOf, cardTexts, submitActions } from './card-reading.js';
import { type Harness, postJson, startHarness } from './runtime-harness.js';

let engine: AnswerEngine;
let connector: FakeBotConnector;
let harness: Harness;

beforeAll(() => {
  engine = loadEngine();
});

beforeEach(async () => {
  connector = await new FakeBotConnector().start();
  harness = await startHarness({ engine, db: openMemoryDatabase(), adapters: [startTeams] });
});

afterEach(async () => {
  await harness.stop();
  await connector.stop();
  harness.runtime.db.close();
});

const send = (activity: Record<string, unknown>) => postJson(`${harness.url}/api/messages`, activity);

describe('Teams bot', () => {
  it('answers a channel mention in the thread, with the cited answer as an Adaptive Card', async () => {
    const activity = channelMessage(connector.url, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    const response = await send(activity);
    expect(response.status).toBe(200);
    const [reply] = connector.activities();
    expect(reply?.path).toBe(
      `/v3/conversations/19:chan@thread.tacv2;messageid=1700000000001/activities/${activity.id}`,
    );
    expect(reply?.body.replyToId).toBe(activity.id);
    expect(reply?.body.channelData).toMatchObject({ feedbackLoopEnabled: true });
    const card = cardOf(reply);
    expect(card.version).toBe('1.5');
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('4.4.5. pasākums');
    expect(texts).toContain('Atbildīgā institūcija: LM');
    expect(texts).toContain('Avots: Plāns 2022–2025, 4.4.5. pasākums');
    expect(JSON.stringify(card)).toContain('Rādīt avotu');
  });

  it('stays silent in a channel when it is not mentioned', async () => {
    const response = await send(channelMessage(connector.url, 'Kas ir atbildīgs par 4.4.5. pasākumu?', false));
    expect(response.status).toBe(200);
    expect(connector.activities()).toHaveLength(0);
  });

  it('answers in a personal chat, in English when asked in English', async () => {
    const response = await send(personalMessage(connector.url, 'Who is responsible for measure 4.4.5?'));
    expect(response.status).toBe(200);
    const [reply] = connector.activities();
    expect(reply?.path).toMatch(/^\/v3\/conversations\/a:personal-chat-1\/activities\//);
    const texts = cardTexts(cardOf(reply)).join('\n');
    expect(texts).toContain('Responsible: LM');
    expect(JSON.stringify(cardOf(reply))).toContain('Show source');
  });

  it('opens a personal chat it is installed in with what it can do', async () => {
    const response = await send(personalInstall(connector.url));
    expect(response.status).toBe(200);
    const [welcome] = connector.activities();
    expect(welcome?.path).toMatch(/^\/v3\/conversations\/a:personal-chat-1\/activities/);
    expect(cardTexts(cardOf(welcome)).length).toBeGreaterThan(0);
  });

  it('answers in a group chat with the mention removed', async () => {
    const response = await send(groupChatMessage(connector.url, 'Ko nozīmē VBTAI?'));
    expect(response.status).toBe(200);
    const [reply] = connector.activities();
    expect(reply?.path).toMatch(/^\/v3\/conversations\/19:group-chat-1@thread.v2\/activities\//);
    expect(cardTexts(cardOf(reply)).join('\n')).toContain('Valsts bērnu tiesību aizsardzības inspekcija');
  });

  it('asks a follow-up question when its card button is pressed', async () => {
    const first = personalMessage(connector.url, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    await send(first);
    const buttons = submitActions(cardOf(connector.activities()[0]));
    const deadline = buttons.find((b) => b.title.includes('termiņš'));
    expect(deadline?.data).toEqual({ action: 'ask', text: 'Kāds ir 4.4.5 termiņš?' });
    const response = await send(
      cardSubmit(connector.url, first.conversation as Record<string, unknown>, deadline?.data ?? {}),
    );
    expect(response.status).toBe(200);
    const second = connector.activities()[1];
    expect(cardTexts(cardOf(second)).join('\n')).toMatch(/Termiņš.*2024\. gada 2\. pusgad/);
  });

  it('pages a long list with "Rādīt vairāk" by updating the card in place', async () => {
    const first = personalMessage(connector.url, 'Par ko atbild LM?');
    await send(first);
    const card = cardOf(connector.activities()[0]);
    const more = submitActions(card).find((b) => b.title.startsWith('Rādīt vairāk'));
    expect(more).toBeDefined();
    const conversation = first.conversation as Record<string, unknown>;
    await send(cardSubmit(connector.url, conversation, more?.data ?? {}, 'msg-1'));
    expect(connector.activities()).toHaveLength(1);
    const [update] = connector.updates();
    expect(update?.path).toBe('/v3/conversations/a:personal-chat-1/activities/msg-1');
    const page = cardTexts(cardOf(update));
    expect(page).toContainEqual(expect.stringMatching(/^11\.–20\. no \d+$/));
    expect(page.join('\n')).toContain(cardTexts(card)[0]);
    const previous = submitActions(cardOf(update)).find((b) => b.title === 'Iepriekšējie');
    expect(previous?.data).toMatchObject({ action: 'more', offset: 0 });
  });

  it('replaces a confirmation card with its outcome', async () => {
    harness.runtime.handle.commands = async (message, answered) => {
      if (message.text.includes('pārtraukt')) {
        const actions = [{ label: 'Apstiprināt', command: 'apstiprināt bcdfghjk', style: 'primary' as const }];
        return { ...answered.reply, text: 'Vai tiešām pārtraukt kopsavilkumu?', actions };
      }
      if (!message.text.includes('bcdfghjk')) return undefined;
      return { ...answered.reply, text: 'Kopsavilkums pārtraukts.', actions: [], suggestions: [], items: [] };
    };
    const ask = personalMessage(connector.url, 'pārtraukt kopsavilkumu');
    await send(ask);
    const confirm = submitActions(cardOf(connector.activities()[0])).find((b) => b.title === 'Apstiprināt');
    await send(cardSubmit(connector.url, ask.conversation as Record<string, unknown>, confirm?.data ?? {}, 'msg-1'));
    expect(connector.activities()).toHaveLength(1);
    const [update] = connector.updates();
    expect(update?.path).toBe('/v3/conversations/a:personal-chat-1/activities/msg-1');
    expect(update?.body.id).toBe('msg-1');
    expect(cardTexts(cardOf(update))).toContain('Kopsavilkums pārtraukts.');
    expect(submitActions(cardOf(update)).map((b) => b.title)).not.toContain('Apstiprināt');
  });

  it('answers the 👍 feedback invoke with an invokeResponse and stores the rating with the answer', async () => {
    const question = personalMessage(connector.url, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    await send(question);
    const answerId = 'msg-1';
    const invoke = feedbackInvoke(connector.url, question.conversation as Record<string, unknown>, answerId, 'like');
    const response = await send(invoke);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({});
    const stored = await new FeedbackStore(harness.runtime.db).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      platform: 'teams',
      conversation: 'teams:a:personal-chat-1',
      userId: 'aad-user-1',
      rating: 'up',
      question: 'Kas ir atbildīgs par 4.4.5. pasākumu?',
      intent: 'responsible',
    });
    expect(stored[0]?.answer).toContain('Atbildīgā institūcija: LM');
  });
});

describe('Teams typing indicator', () => {
  it('shows "typing…" before an answer that takes longer than the delay, then the answer', async () => {
    const slow = await startHarness({
      engine,
      db: openMemoryDatabase(),
      adapters: [(runtime) => startTeams(runtime, { typingDelayMs: 0 })],
    });
    try {
      await postJson(
        `${slow.url}/api/messages`,
        personalMessage(connector.url, 'Kas ir atbildīgs par 4.4.5. pasākumu?'),
      );
      const types = connector.posted().map((c) => c.body.type);
      expect(types[0]).toBe('typing');
      expect(types.at(-1)).toBe('message');
      expect(connector.typing()[0]?.path).toMatch(/^\/v3\/conversations\/a:personal-chat-1\/activities/);
    } finally {
      await slow.stop();
      slow.runtime.db.close();
    }
  });
});

describe('Teams bot with credentials', () => {
  it('refuses an activity without a Bot Connector token', async () => {
    const secured = await startHarness({
      engine,
      db: openMemoryDatabase(),
      adapters: [startTeams],
      env: {
        TEAMS_CLIENT_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        TEAMS_CLIENT_SECRET: 'test-secret',
        TEAMS_TENANT_ID: '6fa459ea-ee8a-4ca4-894e-db77e160355e',
      },
    });
    try {
      const response = await postJson(`${secured.url}/api/messages`, personalMessage(connector.url, 'palīdzība'));
      expect(response.status).toBe(401);
      expect(connector.activities()).toHaveLength(0);
      expect(secured.runtime.http.health.teams).toBe('authenticated');
    } finally {
      await secured.stop();
      secured.runtime.db.close();
    }
  });
});
