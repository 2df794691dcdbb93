/**
 * Posts digests to Slack channels. Each digest carries message metadata naming its subscription and period, so
 * that after a crash between posting and recording, findPosted sees it in the channel's recent history and the
 * scheduler does not post it twice. Its client rejects rate-limited calls instead of waiting and retries nothing:
 * the scheduler owns retries, guided by PlatformError.
 */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { DigestMark, DigestTarget, Messenger } from '../../app/ports.js';
import type { Digest } from '../../core/digest/digest.js';
import { toPlatformError } from './platform-error.js';
import { renderDigest } from './render-digest.js';

export const DIGEST_EVENT_TYPE = 'weekly_digest';
/** Digests are weekly; the last 100 messages of a channel reach back far enough for a crash minutes ago. */
const HISTORY_LIMIT = 100;
/** The web-api types leave a message's metadata payload untyped; this is the shape postDigest writes. */
const MarkPayload = z.object({ subscription: z.string(), period: z.string() });

export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;

  constructor(
    private readonly client: webApi.WebClient,
    /** This app's bot id: only its own messages count as posted digests. */
    private readonly botId?: string,
  ) {}

  async postDigest(target: DigestTarget, digest: Digest, mark: DigestMark): Promise<{ messageId: string }> {
    const { text, blocks } = renderDigest(digest);
    try {
      const result = await this.client.chat.postMessage({
        channel: target.id,
        text,
        blocks,
        metadata: {
          event_type: DIGEST_EVENT_TYPE,
          event_payload: { subscription: mark.subscriptionId, period: mark.period },
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

  async findPosted(target: DigestTarget, mark: DigestMark): Promise<string | undefined> {
    try {
      const history = await this.client.conversations.history({
        channel: target.id,
        limit: HISTORY_LIMIT,
        include_all_metadata: true,
      });
      const posted = (history.messages ?? []).find((m) => {
        if (m.metadata?.event_type !== DIGEST_EVENT_TYPE) return false;
        if (this.botId && m.bot_id && m.bot_id !== this.botId) return false;
        const payload = MarkPayload.safeParse(m.metadata.event_payload);
        return (
          payload.success && payload.data.subscription === mark.subscriptionId && payload.data.period === mark.period
        );
      });
      return posted?.ts;
    } catch (error) {
      throw toPlatformError(error, `reading the history of ${target.id}`);
    }
  }
}
