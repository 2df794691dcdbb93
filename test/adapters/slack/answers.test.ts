/**
 * Questions asked in Slack, end to end: signed requests to /slack/events on the shared server, real Bolt, the real
 * answer engine, replies observed at a fake Slack Web API on 127.0.0.1.
 */
import express from 'express';
import { describe, expect, it } from 'vitest';
import type { SlackCall } from '../../fakes/fake-slack-api.js';
import { BOT_TOKEN, postToSlackEvents, SIGNING_SECRET, shownText, useHarness } from './harness.js';
import { botDirectMessage, directMessage, mention } from './payloads.js';

const harness = useHarness();

const json = (call: SlackCall) => JSON.stringify(call.params);

describe('Slack answers', () => {
  it('answers a mention in the thread of the question, with blocks and sources', async () => {
    const s = await harness();
    const response = await postToSlackEvents(s, mention({ eventId: 'Ev1', ts: '1700000100.000200' }));
    expect(response.status).toBe(200);
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post.params.channel).toBe('C0000');
    expect(post.params.thread_ts).toBe('1700000100.000200');
    expect(post.params.link_names).toBe('false');
    expect(post.params.unfurl_links).toBe('false');
    expect(String(post.params.text)).toContain('4.4.5');
    expect(Array.isArray(post.params.blocks)).toBe(true);
    expect(json(post)).toContain('LM (Labklājības ministrija)');
    expect(json(post)).toContain('Plāns 2022–2025, 4.4.5. pasākums');
    expect(json(post)).toContain('feedback_up');
  });

  it('answers in the existing thread when the mention is a reply in one', async () => {
    const s = await harness();
    await postToSlackEvents(s, mention({ eventId: 'Ev2', ts: '1700000200.000300', threadTs: '1700000100.000200' }));
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(post.params.thread_ts).toBe('1700000100.000200');
  });

  it('keeps a thread as one conversation: a follow-up knows its subject', async () => {
    const s = await harness();
    await postToSlackEvents(s, mention({ eventId: 'Ev3', ts: '1700000100.000200' }));
    await s.fake.waitForCall('chat.postMessage');
    const followUp = mention({
      eventId: 'Ev4',
      ts: '1700000150.000200',
      threadTs: '1700000100.000200',
      text: '<@U0BOT> Un kāds ir termiņš?',
    });
    await postToSlackEvents(s, followUp);
    await s.fake.waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'the follow-up answer');
    const [, second] = s.fake.callsTo('chat.postMessage');
    expect(String(second?.params.text)).toContain('4.4.5');
    expect(String(second?.params.text)).toMatch(/Termiņš|termiņ/u);
  });

  it('answers a direct message in the DM', async () => {
    const s = await harness();
    await postToSlackEvents(s, directMessage({ eventId: 'Ev5' }));
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(post.params.channel).toBe('D0000');
    expect(post.params.thread_ts).toBeUndefined();
    expect(json(post)).toContain('Valsts bērnu tiesību aizsardzības inspekcija');
  });

  it('answers in English when asked in English', async () => {
    const s = await harness();
    await postToSlackEvents(s, directMessage({ eventId: 'Ev6', text: 'Who is responsible for measure 4.4.5?' }));
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(json(post)).toContain('Responsible');
    expect(json(post)).toContain('Show source');
  });

  it('acknowledges an event before the answer is out', async () => {
    const s = await harness();
    let release!: () => void;
    s.fake.hold('chat.postMessage', new Promise<void>((resolve) => (release = resolve)));
    // The answer is held at the fake until the HTTP acknowledgement has arrived: were the app to answer before
    // acknowledging, this request would never complete.
    const response = await postToSlackEvents(s, mention({ eventId: 'EvACK' }));
    expect(response.status).toBe(200);
    release();
    await s.fake.waitForCall('chat.postMessage');
  });

  it('refuses a request whose body a parser mounted earlier already read', async () => {
    const s = await harness({ prepareHttp: (app) => app.use(express.json()) });
    const response = await postToSlackEvents(s, mention({ eventId: 'EvPARSED' }));
    expect(response.status).toBe(500);
    expect(s.logs.some((line) => line.includes('mount no body parser ahead of it'))).toBe(true);
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses a request with a bad signature with 401 and posts nothing', async () => {
    const s = await harness();
    const response = await postToSlackEvents(s, mention({ eventId: 'Ev7' }), { secret: `${SIGNING_SECRET}-wrong` });
    expect(response.status).toBe(401);
    const good = await postToSlackEvents(s, directMessage({ eventId: 'Ev8' }));
    expect(good.status).toBe(200);
    await s.fake.waitForCall('chat.postMessage');
    expect(s.fake.callsTo('chat.postMessage').map((c) => c.params.channel)).toEqual(['D0000']);
  });

  it('answers an event once, even when Slack retries it', async () => {
    const s = await harness();
    const body = mention({ eventId: 'EvRETRY' });
    expect((await postToSlackEvents(s, body)).status).toBe(200);
    const retry = await postToSlackEvents(s, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await postToSlackEvents(s, directMessage({ eventId: 'EvAFTER' }));
    await s.fake.waitFor(
      () => s.fake.callsTo('chat.postMessage').some((c) => c.params.channel === 'D0000'),
      'the later DM',
    );
    expect(s.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0000')).toHaveLength(1);
  });

  it('never lets the question ping or link: markup is not echoed and nothing broadcasts', async () => {
    const s = await harness();
    const text = '<@U0BOT> <!channel> <!here> <@U0001> <#C0001|general> &lt;script&gt; @channel Ko nozīmē VBTAI?';
    await postToSlackEvents(s, mention({ eventId: 'Ev9', text }));
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(shownText(post)).toContain('Valsts bērnu tiesību aizsardzības inspekcija');
    for (const bad of ['<!channel>', '<!here>', '<@U0001>', '<#C0001', '<script>', '@channel', '@here', '<!']) {
      expect(json(post)).not.toContain(bad);
    }
  });

  it('ignores its own messages and other bots', async () => {
    const s = await harness();
    await postToSlackEvents(s, botDirectMessage({ eventId: 'EvBOT1' }));
    await postToSlackEvents(s, directMessage({ eventId: 'EvBOT2', extra: { bot_id: 'B0OTHER' } }));
    await postToSlackEvents(s, directMessage({ eventId: 'EvEDIT', extra: { subtype: 'message_changed' } }));
    await postToSlackEvents(s, directMessage({ eventId: 'EvHUMAN', text: 'Ko nozīmē VBTAI?' }));
    await s.fake.waitForCall('chat.postMessage');
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('limits questions per user with a polite notice in both languages', async () => {
    const s = await harness({ slack: { rateLimit: { max: 2, windowMs: 60_000 } } });
    for (const id of ['EvR1', 'EvR2', 'EvR3'])
      await postToSlackEvents(s, mention({ eventId: id, ts: `1700000${id.at(-1)}00.000200` }));
    const notice = await s.fake.waitForCall('chat.postEphemeral');
    expect(notice.params.user).toBe('U0000');
    expect(String(notice.params.text)).toContain('Lūdzu, mazliet uzgaidiet');
    expect(String(notice.params.text)).toContain('Please wait a moment');
    await s.fake.waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'two answers');
  });

  it('apologises with an error id when answering fails, and logs the details without the token', async () => {
    const s = await harness();
    s.fake.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'invalid_blocks' } });
    await postToSlackEvents(s, mention({ eventId: 'EvFAIL' }));
    const notice = await s.fake.waitForCall('chat.postEphemeral');
    const errorId = /kļūdas kods: ([0-9a-f]{8})/u.exec(String(notice.params.text))?.[1];
    expect(errorId).toBeDefined();
    expect(String(notice.params.text)).toContain(`error id: ${errorId}`);
    const logged = s.logs.find((line) => line.includes(String(errorId)));
    expect(logged).toContain('invalid_blocks');
    expect(s.logs.join('\n')).not.toContain(BOT_TOKEN);
    expect(s.logs.join('\n')).not.toContain(SIGNING_SECRET);
  });

  it('shows ⏳ on the question while a slow answer is on its way, and removes it after', async () => {
    const s = await harness({ slack: { workingDelayMs: 0 } });
    let added!: () => void;
    s.fake.hold('chat.postMessage', new Promise<void>((resolve) => (added = resolve)));
    const reactionSeen = s.fake.waitForCall('reactions.add').then((call) => {
      added();
      return call;
    });
    await postToSlackEvents(s, mention({ eventId: 'EvSLOW', ts: '1700000400.000500' }));
    const reaction = await reactionSeen;
    expect(reaction.params).toMatchObject({
      channel: 'C0000',
      timestamp: '1700000400.000500',
      name: 'hourglass_flowing_sand',
    });
    const removed = await s.fake.waitForCall('reactions.remove');
    expect(removed.params).toMatchObject({ channel: 'C0000', timestamp: '1700000400.000500' });
    const order = s.fake.calls.map((c) => c.method).filter((m) => m !== 'auth.test');
    expect(order.indexOf('reactions.remove')).toBeGreaterThan(order.indexOf('chat.postMessage'));
  });
});
