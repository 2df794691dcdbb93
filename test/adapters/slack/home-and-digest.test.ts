/**
 * App Home and the weekly digest: views.publish on app_home_opened with the deadlines of the day; SlackMessenger
 * posting with metadata and finding its own digest again; Slack failures as PlatformError; start-up checks.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { createHttpApp } from '../../../src/adapters/http/http-app.js';
import { createLogger } from '../../../src/adapters/log/logger.js';
import { startSlack } from '../../../src/adapters/slack/start-slack.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { MemoryConversations } from '../../../src/app/handle-message.js';
import { type Messenger, PlatformError } from '../../../src/app/ports.js';
import { loadConfig } from '../../../src/config.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { sampleDigest } from '../../fixtures/slack/digest.js';
import { BOT_TOKEN, buttonIn, type Harness, postToSlackEvents, shownText, startHarness } from './harness.js';
import { buttonClick, homeOpened } from './payloads.js';

let engine: AnswerEngine;
let h: Harness | undefined;

beforeAll(() => {
  engine = loadEngine();
});

async function harness(options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  h = await startHarness(engine, options);
  return h;
}

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TARGET = { platform: 'slack' as const, id: 'C0000' };
const MARK = { subscriptionId: 'sub-0000', period: '2025-W24' };

function messenger(s: Harness): Messenger {
  const found = s.runtime.messengers.find((m) => m.platform === 'slack');
  if (!found) throw new Error('no Slack messenger registered');
  return found;
}

async function platformError(work: Promise<unknown>): Promise<PlatformError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

describe('App Home', () => {
  it('publishes what the assistant does, examples and the upcoming deadlines', async () => {
    const s = await harness({ now: new Date('2025-06-10T09:00:00Z') });
    await postToSlackEvents(s, homeOpened({ eventId: 'EvMSGTAB', extra: { tab: 'messages' } }));
    await postToSlackEvents(s, homeOpened({ eventId: 'EvHOME' }));
    const call = await s.fake.waitForCall('views.publish');
    expect(call.params.user_id).toBe('U0000');
    expect(s.fake.callsTo('views.publish')).toHaveLength(1);
    const shown = shownText({ ...call, params: { blocks: (call.params.view as { blocks: unknown }).blocks } }); // why: the fake parsed the view's JSON
    expect(shown).toContain('Kas ir atbildīgs par 4.4.5. pasākumu?');
    expect(shown).toContain('Who is responsible for measure 4.4.5?');
    expect(shown).toContain('Nokavēti / Overdue: *41*');
    expect(shown).toContain('*1.2.1* Nurse-Family Partnership');
    expect(shown).toContain('(pēc 20 d.)');
    expect(shown).toContain('_Plāns 2022–2025, 1.2.1. pasākums_');
    expect(shown.indexOf('*1.2.1*')).toBeLessThan(shown.indexOf('*1.2.2*'));
  });
});

describe('SlackMessenger', () => {
  it('posts a digest with its mark as metadata and finds it again in the channel', async () => {
    const s = await harness();
    const { messageId } = await messenger(s).postDigest(TARGET, sampleDigest(), MARK);
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(post.params.metadata).toEqual({
      event_type: 'weekly_digest',
      event_payload: { subscription: 'sub-0000', period: '2025-W24' },
    });
    expect(post.params.channel).toBe('C0000');
    expect(messageId).toBeTruthy();
    expect(await messenger(s).findPosted?.(TARGET, MARK)).toBe(messageId);
    expect(await messenger(s).findPosted?.(TARGET, { ...MARK, period: '2025-W25' })).toBeUndefined();
    expect(s.fake.callsTo('conversations.history')[0]?.params.include_all_metadata).toBe('true');
  });

  it('renders the digest safely: escaped text, group mentions, never a broadcast', async () => {
    const s = await harness();
    await messenger(s).postDigest(TARGET, sampleDigest(), MARK);
    const post = await s.fake.waitForCall('chat.postMessage');
    const shown = shownText(post);
    expect(shown).toContain('Pasākums 4.4.1 &lt;b&gt;ar&lt;/b&gt; &amp; zīmēm');
    expect(shown).toContain('<!subteam^S0000LM>');
    expect(shown).toContain('kavēts 3 d.');
    expect(shown).toContain('Iepriekšējais pārskats netika publicēts.');
    expect(JSON.stringify(post.params)).not.toContain('<!channel>');
    expect(buttonIn(post, 'command_0')?.value).toBe('1.2.1 izpildīts');
  });

  it('keeps a long digest within 50 blocks', async () => {
    const s = await harness();
    await messenger(s).postDigest(TARGET, sampleDigest(80), MARK);
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(Array.isArray(post.params.blocks) && post.params.blocks.length).toBeLessThanOrEqual(50);
    expect(shownText(post)).toContain('Pārskats saīsināts');
  });

  it('answers a digest button in the digest thread, as the user who clicked', async () => {
    const s = await harness();
    const { messageId } = await messenger(s).postDigest(TARGET, sampleDigest(), MARK);
    const value = buttonIn(await s.fake.waitForCall('chat.postMessage'), 'command_0')?.value ?? '';
    const body = buttonClick({
      actionId: 'command_0',
      value,
      responseUrl: s.fake.responseUrl('d1'),
      messageTs: messageId,
    });
    await postToSlackEvents(s, body, { form: true });
    await s.fake.waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'the answer to the digest button');
    expect(s.fake.callsTo('chat.postMessage')[1]?.params.thread_ts).toBe(messageId);
  });

  it('turns a 429 into a retryable PlatformError that honours Retry-After', async () => {
    const s = await harness();
    s.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { ok: false, error: 'ratelimited' },
    });
    const error = await platformError(messenger(s).postDigest(TARGET, sampleDigest(), MARK));
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(7000);
  });

  it('treats server errors as retryable and a missing channel or membership as final', async () => {
    const s = await harness();
    s.fake.failNext('chat.postMessage', { status: 503, body: { ok: false } });
    expect((await platformError(messenger(s).postDigest(TARGET, sampleDigest(), MARK))).retryable).toBe(true);
    s.fake.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    const missing = await platformError(messenger(s).postDigest(TARGET, sampleDigest(), MARK));
    expect(missing.retryable).toBe(false);
    expect(missing.message).toContain('channel_not_found');
    s.fake.failNext('conversations.history', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    expect((await platformError(messenger(s).findPosted?.(TARGET, MARK) ?? Promise.resolve())).retryable).toBe(false);
  });
});

describe('start-up', () => {
  it('stays off without SLACK_BOT_TOKEN', async () => {
    const db = openMemoryDatabase();
    const runtime = {
      config: loadConfig({ NODE_ENV: 'test' }),
      logger: createLogger('silent'),
      db,
      http: createHttpApp(),
      handle: { engine, conversations: new MemoryConversations(), now: () => new Date() },
      messengers: [],
    };
    expect(await startSlack(runtime)).toBeUndefined();
    expect(runtime.messengers).toHaveLength(0);
    db.close();
  });

  it('stops start-up with a clear message when Slack refuses the token, without printing it', async () => {
    const refused = startHarness(engine, {
      beforeStart: (fake) => fake.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } }),
    });
    const error = await refused.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).toContain('SLACK_BOT_TOKEN');
    expect(String(error)).toContain('invalid_auth');
    expect(String(error)).not.toContain(BOT_TOKEN);
  });
});
