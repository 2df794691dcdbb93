/**
 * Posts digests to Slack channels. Each message carries metadata naming its subscription, period and part, so
 * that after a crash between posting and recording, findPosted sees it in the channel's history and the scheduler
 * does not post it twice. History is read from the claim's first attempt on, page by page, however busy the
 * channel. A digest past Slack's limits goes as consecutive messages. Its client rejects rate-limited calls
 * instead of waiting and retries nothing: the scheduler owns retries, guided by PlatformError.
 */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { type DigestMark, type DigestTarget, type Messenger, PlatformError } from '../../app/ports.js';
import type { Digest } from '../../core/digest/digest.js';
import { toPlatformError } from './platform-error.js';
import { renderDigest, splitDigestForSlack } from './render-digest.js';

export const DIGEST_EVENT_TYPE = 'weekly_digest';
/** Messages per history page (Slack allows up to 999 and may return fewer). */
const PAGE_SIZE = 200;
/** Beyond this many pages the answer is "cannot tell", never "not posted". */
const MAX_PAGES = 25;
/** Read a little before the first attempt, for a difference between this server's clock and Slack's. */
const CLOCK_MARGIN_S = 10 * 60;
/** The web-api types leave a message's metadata payload untyped; this is the shape postDigest writes. */
const MarkPayload = z.object({
  subscription: z.string(),
  period: z.string(),
  part: z.number().optional(),
  parts: z.number().optional(),
});

type HistoryMessage = NonNullable<webApi.ConversationsHistoryResponse['messages']>[number];

export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;

  constructor(
    private readonly client: webApi.WebClient,
    /** This app's bot id: only its own messages count as posted digests. */
    private readonly botId?: string,
  ) {}

  split(digest: Digest): Digest[] {
    return splitDigestForSlack(digest);
  }

  async postDigest(target: DigestTarget, digest: Digest, mark: DigestMark): Promise<{ messageId: string }> {
    const { text, blocks } = renderDigest(digest);
    const payload: Record<string, string | number> = { subscription: mark.subscriptionId, period: mark.period };
    if (mark.parts && mark.parts > 1) Object.assign(payload, { part: mark.part ?? 1, parts: mark.parts });
    try {
      const result = await this.client.chat.postMessage({
        channel: target.id,
        text,
        blocks,
        metadata: {
          event_type: DIGEST_EVENT_TYPE,
          event_payload: payload,
        },
        link_names: false,
        unfurl_links: false,
        unfurl_media: false,
      });
      return { messageId: result.ts ?? '' };
    } catch (error) {
      throw toPlatformError(error, `posting the digest to ${target.id}`);
    }
  }

  /** A user id as the channel posts to the app's direct messages with that person. */
  async notifyUser(userId: string, text: string): Promise<boolean> {
    if (!/^[UW][A-Z0-9]{2,}$/u.test(userId)) return false;
    try {
      await this.client.chat.postMessage({ channel: userId, text, link_names: false, unfurl_links: false });
      return true;
    } catch (error) {
      throw toPlatformError(error, `messaging ${userId}`);
    }
  }

  async findPosted(target: DigestTarget, mark: DigestMark, since?: Date): Promise<string | undefined> {
    const oldest = since ? { oldest: String(Math.floor(since.getTime() / 1000) - CLOCK_MARGIN_S) } : {};
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      let history: webApi.ConversationsHistoryResponse;
      try {
        history = await this.client.conversations.history({
          channel: target.id,
          limit: PAGE_SIZE,
          include_all_metadata: true,
          ...oldest,
          ...(cursor ? { cursor } : {}),
        });
      } catch (error) {
        throw toPlatformError(error, `reading the history of ${target.id}`);
      }
      const posted = (history.messages ?? []).find((m) => this.isOurs(m, mark));
      if (posted) return posted.ts;
      cursor = history.response_metadata?.next_cursor;
      if (!history.has_more || !cursor) return undefined;
    }
    throw new PlatformError(`reading the history of ${target.id}: more than ${MAX_PAGES} pages`, true);
  }

  private isOurs(m: HistoryMessage, mark: DigestMark): boolean {
    if (m.metadata?.event_type !== DIGEST_EVENT_TYPE) return false;
    if (this.botId && m.bot_id && m.bot_id !== this.botId) return false;
    const payload = MarkPayload.safeParse(m.metadata.event_payload);
    if (!payload.success) return false;
    const { subscription, period, part } = payload.data;
    return subscription === mark.subscriptionId && period === mark.period && (part ?? 1) === (mark.part ?? 1);
  }
}
