/**
 * A document attached to a message to the bot in Teams, through the real Agents SDK and the fake Bot Connector:
 * from an editor the attachment's downloadUrl is downloaded (its host trusted), the document added and answered,
 * and the reply says what was found; a download URL on another host is never fetched; someone who is not an
 * editor is told so.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { startTeams } from '../../../src/adapters/teams/start-teams.js';
import { handleChatMessage } from '../../../src/app/handle-message.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { startUntrustedHost } from '../../fakes/untrusted-host.js';
import { NEW_TITLE, newDocumentDocx } from '../../fixtures/documents/new-document.js';
import { personalMessage } from '../../fixtures/teams/activities.js';
import { testDesk } from '../files/test-desk.js';
import { type Harness, postJson, startHarness } from './runtime-harness.js';

let engine: AnswerEngine;
let connector: FakeBotConnector;
let harness: Harness | undefined;

beforeAll(() => {
  engine = loadEngine();
});

afterEach(async () => {
  await harness?.stop();
  await connector.stop();
  await harness?.runtime.db.close();
  harness = undefined;
});

async function start(editors: string): Promise<Harness> {
  connector = await new FakeBotConnector().start();
  harness = await startHarness({
    engine,
    db: openMemoryDatabase(),
    adapters: [startTeams],
    env: { EDITOR_USERS: editors, TEAMS_FILE_ORIGINS: connector.url },
    documents: testDesk,
  });
  return harness;
}

function withFile(name: string, downloadUrl: string) {
  const activity = personalMessage(connector.url, '');
  return {
    ...activity,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: 'https://contoso-my.sharepoint.com/personal/user/Documents/file',
        name,
        content: { downloadUrl, uniqueId: '00000000-0000-0000-0000-000000000001', fileType: 'docx' },
      },
    ],
  };
}

const replyText = () => String(connector.activities()[0]?.body.text ?? '');
const found = async (h: Harness) =>
  (
    await handleChatMessage(
      { text: 'Kas ir atbildīgs par 9.1.1. pasākumu?', conversation: 'teams:x' },
      h.runtime.handle,
    )
  ).reply.found;

describe('a document attached in Teams', () => {
  it('is downloaded, added and answered, and the reply says what was found', async () => {
    const h = await start('aad-user-1');
    const url = connector.addFile('jauniesu-plans.docx', await newDocumentDocx());
    const response = await postJson(`${h.url}/api/messages`, withFile('jauniesu-plans.docx', url));
    expect(response.status).toBe(200);
    expect(connector.downloads).toEqual(['/files/1/jauniesu-plans.docx']);
    expect(replyText()).toContain(`Pievienoju dokumentu “${NEW_TITLE}”.`);
    expect(replyText()).toContain('• Kāds ir 9.1.2. pasākuma termiņš?');
    expect(await found(h)).toBe(true);
  }, 60_000);

  it('never fetches a download URL on a host it does not trust', async () => {
    const elsewhere = await startUntrustedHost();
    try {
      const h = await start('aad-user-1');
      await postJson(`${h.url}/api/messages`, withFile('plans.docx', elsewhere.url('/plans.docx')));
      expect(replyText()).toContain('nav no uzticama servera');
      expect(elsewhere.hits).toEqual([]);
      expect(await found(h)).toBe(false);
    } finally {
      await elsewhere.close();
    }
  }, 60_000);

  it('tells someone who is not an editor so, and downloads nothing', async () => {
    const h = await start('aad-someone-else');
    const url = connector.addFile('jauniesu-plans.docx', await newDocumentDocx());
    await postJson(`${h.url}/api/messages`, withFile('jauniesu-plans.docx', url));
    expect(replyText()).toContain('Dokumentus var pievienot tikai redaktori');
    expect(connector.downloads).toEqual([]);
  }, 60_000);
});
