/**
 * A document attached to a message to the bot in Teams: the file download info attachment's `downloadUrl` is
 * downloaded only when its host is one Teams stores files on (SharePoint and OneDrive for Business, https) or an
 * origin TEAMS_FILE_ORIGINS names; from an editor it is read, added and served, and the reply says what was found
 * with three example questions, or why nothing was added.
 */
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { addedReply, NO_DOCUMENTS, NOT_AN_EDITOR, refusedReply } from '../../app/document-reply.js';
import { editorsOf } from '../../app/editors.js';
import { DownloadError, downloadTrusted } from '../http/trusted-download.js';
import type { TeamsDeps } from './answer-turn.js';
import { userOf } from './answer-turn.js';

const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const FileAttachment = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().min(1),
  content: z.object({ downloadUrl: z.string().min(1) }),
});
type FileAttachment = z.infer<typeof FileAttachment>;

/** Where Teams keeps files sent in chat: the sender's OneDrive for Business and team sites, on SharePoint. */
const TEAMS_FILE_HOSTS = ['sharepoint.com'];

export function fileAttachment(activity: Activity): FileAttachment | undefined {
  for (const attachment of activity.attachments ?? []) {
    const parsed = FileAttachment.safeParse(attachment);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

export async function addAttachedDocument(ctx: TurnContext, deps: TeamsDeps, file: FileAttachment): Promise<void> {
  const { runtime } = deps;
  const desk = runtime.documents;
  if (!desk) return void (await ctx.sendActivity(NO_DOCUMENTS.lv));
  const user = userOf(ctx.activity)?.id;
  if (!editorsOf(runtime.config).may(user, 'chat')) return void (await ctx.sendActivity(NOT_AN_EDITOR.lv));
  const origins = (runtime.config.TEAMS_FILE_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  try {
    const bytes = await downloadTrusted(file.content.downloadUrl, { origins, httpsSuffixes: TEAMS_FILE_HOSTS });
    const added = await desk.add(file.name, bytes, 'teams', user);
    await ctx.sendActivity(
      added.ok ? addedReply(added.document.summary, 'lv') : refusedReply(added.file, added.reason, 'lv'),
    );
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    runtime.logger.warn({ file: file.name, reason: error.reason.en }, 'teams: document not downloaded');
    await ctx.sendActivity(refusedReply(file.name, error.reason, 'lv'));
  }
}
