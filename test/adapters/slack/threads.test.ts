/**
 * Channel threads as Slack users expect them, end to end through Bolt: once the bot has answered in a thread, a
 * reply there without a mention is a follow-up answered in that thread; every other channel message is ignored
 * and leaves nothing in the store. A mention arrives twice (app_mention and message) and is answered once.
 */
import { describe, expect, it } from 'vitest';
import { type Harness, postToSlackEvents, useHarness } from './harness.js';
import { directMessage, groupMessage, mention, mentionAsMessage, threadReply } from './payloads.js';

const harness = useHarness();

const THREAD = '1700000100.000200';

async function storedKeys(s: Harness): Promise<string[]> {
  const rows = await s.runtime.db.all<{ key: string }>('SELECT key FROM processed_events');
  return rows.map((r) => r.key);
}

/** Sends a DM afterwards and waits for its answer: everything sent before has been handled by then. */
async function settle(s: Harness, eventId: string): Promise<void> {
  await postToSlackEvents(s, directMessage({ eventId }));
  await s.fake.waitFor(
    () => s.fake.callsTo('chat.postMessage').some((c) => c.params.channel === 'D0000'),
    'the DM that settles the queue',
  );
}

const channelPosts = (s: Harness) => s.fake.callsTo('chat.postMessage').filter((c) => c.params.channel !== 'D0000');

describe('Slack threads', () => {
  it('answers a follow-up without a mention in the thread the bot answered, continuing the conversation', async () => {
    const s = await harness();
    await postToSlackEvents(s, mention({ eventId: 'EvT1', ts: THREAD }));
    await s.fake.waitForCall('chat.postMessage');
    await postToSlackEvents(s, threadReply({ eventId: 'EvT2', threadTs: THREAD, text: 'Un kāds ir termiņš?' }));
    await s.fake.waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'the follow-up answer');
    const [, second] = s.fake.callsTo('chat.postMessage');
    expect(second?.params).toMatchObject({ channel: 'C0000', thread_ts: THREAD });
    expect(String(second?.params.text)).toContain('4.4.5');
    expect(String(second?.params.text)).toMatch(/termiņ/iu);
  });

  it('ignores a reply in a thread the bot has not answered in, and stores nothing of it', async () => {
    const s = await harness();
    await postToSlackEvents(s, threadReply({ eventId: 'EvT3', threadTs: '1700000999.000100' }));
    await settle(s, 'EvT3b');
    expect(channelPosts(s)).toHaveLength(0);
    expect(await storedKeys(s)).not.toContain('slack:EvT3');
  });

  it('ignores top-level channel and private-channel messages without a mention, and stores nothing of them', async () => {
    const s = await harness();
    await postToSlackEvents(s, groupMessage({ eventId: 'EvT4' }));
    await postToSlackEvents(s, threadReply({ eventId: 'EvT5', extra: { thread_ts: undefined } }));
    await settle(s, 'EvT5b');
    expect(channelPosts(s)).toHaveLength(0);
    expect((await storedKeys(s)).filter((k) => k === 'slack:EvT4' || k === 'slack:EvT5')).toEqual([]);
  });

  it('answers a mention once although Slack delivers it as app_mention and as message', async () => {
    const s = await harness();
    await postToSlackEvents(s, mentionAsMessage({ eventId: 'EvT6a', ts: THREAD }));
    await postToSlackEvents(s, mention({ eventId: 'EvT6b', ts: THREAD }));
    await settle(s, 'EvT6c');
    expect(channelPosts(s)).toHaveLength(1);
  });

  it('does not take a reply in an answered thread as a follow-up when it comes from a bot or is an edit', async () => {
    const s = await harness();
    await postToSlackEvents(s, mention({ eventId: 'EvT7', ts: THREAD }));
    await s.fake.waitForCall('chat.postMessage');
    await postToSlackEvents(s, threadReply({ eventId: 'EvT8', threadTs: THREAD, extra: { bot_id: 'B0OTHER' } }));
    await postToSlackEvents(
      s,
      threadReply({ eventId: 'EvT9', threadTs: THREAD, extra: { subtype: 'message_changed' } }),
    );
    await settle(s, 'EvT9b');
    expect(channelPosts(s)).toHaveLength(1);
  });
});
