/**
 * A document sent to the bot in a direct message (`file_shared`): from an editor it is looked up with files.info,
 * downloaded from Slack's own file host with the bot token (never from another host), read, added and served; the
 * reply says what was found, with warnings and three example questions, or why nothing was added. Files shared in
 * channels are not documents for the bot.
 */
import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import { addedReply, NO_DOCUMENTS, NOT_AN_EDITOR, refusedReply } from '../../app/document-reply.js';
import { editorsOf } from '../../app/editors.js';
import { DownloadError, downloadTrusted } from '../http/trusted-download.js';
import { isDirect } from './places.js';
import type { SlackContext } from './slack-context.js';

const FileShared = z.object({ file_id: z.string().min(1), user_id: z.string().min(1), channel_id: z.string().min(1) });
const FileInfo = z.object({
  name: z.string().min(1),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});

/** Where Slack serves files: its file host, or the API host this server is configured with (a proxy). */
const SLACK_FILE_HOSTS = ['files.slack.com'];

export function registerFileShared(app: App, ctx: SlackContext): void {
  const editors = editorsOf(ctx.runtime.config);
  app.event('file_shared', async ({ event, client }) => {
    const parsed = FileShared.safeParse(event);
    if (!parsed.success || !isDirect(parsed.data.channel_id)) return;
    const { file_id, user_id, channel_id } = parsed.data;
    const say = (text: string) => client.chat.postMessage({ channel: channel_id, text });
    const desk = ctx.runtime.documents;
    if (!desk) return void (await say(NO_DOCUMENTS.lv));
    if (!editors.may(user_id, 'chat')) return void (await say(NOT_AN_EDITOR.lv));
    const file = await fileInfo(client, file_id);
    if (!file) return void (await say(refusedReply(file_id, UNREADABLE_INFO, 'lv')));
    try {
      const url = file.url_private_download ?? file.url_private ?? '';
      const token = ctx.runtime.config.SLACK_BOT_TOKEN ?? '';
      const trusted = { origins: [ctx.runtime.config.SLACK_API_URL], httpsSuffixes: SLACK_FILE_HOSTS };
      const bytes = await downloadTrusted(url, trusted, { authorization: `Bearer ${token}` });
      const added = await desk.add(file.name, bytes, 'slack', user_id);
      await say(added.ok ? addedReply(added.document.summary, 'lv') : refusedReply(added.file, added.reason, 'lv'));
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      ctx.logger.warn({ file: file.name, reason: error.reason.en }, 'slack: document not downloaded');
      await say(refusedReply(file.name, error.reason, 'lv'));
    }
  });
}

const UNREADABLE_INFO = { lv: 'Slack nedeva faila datus.', en: 'Slack did not give the file’s details.' };

async function fileInfo(client: webApi.WebClient, file: string): Promise<z.infer<typeof FileInfo> | undefined> {
  const answer = await client.files.info({ file }).catch(() => undefined);
  const parsed = FileInfo.safeParse(answer?.file);
  return parsed.success ? parsed.data : undefined;
}
