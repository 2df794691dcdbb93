/**
 * A document sent to the bot in a Slack DM, through the real Bolt app and the fake Slack API: from an editor it is
 * looked up with files.info, downloaded with the bot token from the file host, added and answered, and the reply
 * says what was found with three example questions; a .pdf is refused with the advice to save it as .docx; a file
 * said to be on another host is never downloaded; someone who is not an editor is told so; nothing changes then.
 */
import { describe, expect, it } from 'vitest';
import { handleChatMessage } from '../../../src/app/handle-message.js';
import { startUntrustedHost } from '../../fakes/untrusted-host.js';
import { NEW_TITLE, newDocumentDocx } from '../../fixtures/documents/new-document.js';
import { testDesk } from '../files/test-desk.js';
import { BOT_TOKEN, type Harness, postToSlackEvents, useHarness } from './harness.js';
import { fileShared } from './payloads.js';

const start = useHarness();
const EDITOR = { env: { EDITOR_USERS: 'U0000' }, documents: testDesk };

const found = async (h: Harness) =>
  (
    await handleChatMessage(
      { text: 'Kas ir atbildīgs par 9.1.1. pasākumu?', conversation: 'slack:x' },
      h.runtime.handle,
    )
  ).reply.found;

async function share(h: Harness, eventId: string): Promise<string> {
  const response = await postToSlackEvents(h, fileShared({ eventId }));
  expect(response.status).toBe(200);
  const post = await h.fake.waitForCall('chat.postMessage');
  expect(post.params.channel).toBe('D0000');
  return String(post.params.text);
}

describe('a document sent in a Slack DM', () => {
  it('is downloaded with the bot token, added, answered, and the reply says what was found', async () => {
    const h = await start(EDITOR);
    h.fake.addFile('F0000', 'jauniesu-plans.docx', await newDocumentDocx());
    const text = await share(h, 'EvFILE1');
    expect(h.fake.callsTo('files.info')[0]?.params.file).toBe('F0000');
    expect(h.fake.downloads).toEqual([
      { path: '/files/F0000/jauniesu-plans.docx', authorization: `Bearer ${BOT_TOKEN}` },
    ]);
    expect(text).toContain(`Pievienoju dokumentu “${NEW_TITLE}”.`);
    expect(text).toMatch(/Atradu: .*3 rindas/);
    expect(text).toContain('• Kas ir atbildīgs par 9.1.1. pasākumu?');
    expect(await found(h)).toBe(true);
  }, 60_000);

  it('refuses a .pdf with the advice to save it as .docx, and changes nothing', async () => {
    const h = await start(EDITOR);
    h.fake.addFile('F0000', 'ziņojums.pdf', Buffer.from('%PDF-1.7\n'));
    const before = h.runtime.handle;
    const text = await share(h, 'EvFILE2');
    expect(text).toMatch(/^Dokumentu “ziņojums\.pdf” nepievienoju: .*saglabājiet kā \.docx/);
    expect(h.runtime.handle).toBe(before);
  }, 60_000);

  it('never downloads from a host it does not trust', async () => {
    const elsewhere = await startUntrustedHost('127.0.0.2');
    try {
      const h = await start(EDITOR);
      h.fake.addFile('F0000', 'plans.docx', await newDocumentDocx(), elsewhere.url('/plans.docx'));
      const text = await share(h, 'EvFILE3');
      expect(text).toContain('nav no uzticama servera');
      expect(elsewhere.hits).toEqual([]);
      expect(await found(h)).toBe(false);
    } finally {
      await elsewhere.close();
    }
  }, 60_000);

  it('tells someone who is not an editor so, without looking at the file', async () => {
    const h = await start({ ...EDITOR, env: { EDITOR_USERS: 'U0EDITOR' } });
    h.fake.addFile('F0000', 'jauniesu-plans.docx', await newDocumentDocx());
    const text = await share(h, 'EvFILE4');
    expect(text).toContain('Dokumentus var pievienot tikai redaktori');
    expect(h.fake.callsTo('files.info')).toEqual([]);
    expect(h.fake.downloads).toEqual([]);
  }, 60_000);
});
