/**
 * Socket Mode, end to end: with SLACK_APP_TOKEN the app asks the fake Web API for a WebSocket URL
 * (apps.connections.open, with the app token), connects to a local ws server that says hello and sends an
 * events_api envelope, acknowledges it by envelope id and answers through the Web API with the bot token.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { FakeSlackSocket } from '../../fakes/fake-slack-socket.js';
import { APP_TOKEN, BOT_TOKEN, type Harness, shownText, startHarness } from './harness.js';
import { socketMention } from './payloads.js';

let engine: AnswerEngine;
let h: Harness | undefined;
let socket: FakeSlackSocket | undefined;

beforeAll(() => {
  engine = loadEngine();
});

async function harness(options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  h = await startHarness(engine, options);
  return h;
}

afterEach(async () => {
  await h?.close();
  await socket?.close();
  h = undefined;
  socket = undefined;
});

describe('Socket Mode', () => {
  it('connects, acknowledges an event by its envelope id and answers it once', async () => {
    socket = await new FakeSlackSocket().start();
    const s = await harness({ socketUrl: socket.url });
    const open = s.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(s.runtime.http.health.slack).toMatchObject({ mode: 'socket', status: 'up' });

    socket.send(socketMention('env-1', { eventId: 'EvSOCKET1' }));
    await s.fake.waitFor(() => socket?.ackFor('env-1'), 'the acknowledgement');
    const post = await s.fake.waitForCall('chat.postMessage');
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post.params).toMatchObject({ channel: 'C0000', thread_ts: '1700001100.001200' });
    expect(shownText(post)).toContain('LM (Labklājības ministrija)');

    // The same event again (a redelivery after a reconnect): acknowledged, not answered twice.
    socket.send(socketMention('env-2', { eventId: 'EvSOCKET1' }));
    await s.fake.waitFor(() => socket?.ackFor('env-2'), 'the second acknowledgement');
    socket.send(socketMention('env-3', { eventId: 'EvSOCKET2', text: '<@U0BOT> Ko nozīmē VBTAI?' }));
    await s.fake.waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'the second answer');
    expect(shownText(s.fake.callsTo('chat.postMessage')[1] ?? post)).toContain(
      'Valsts bērnu tiesību aizsardzības inspekcija',
    );
  });
});
