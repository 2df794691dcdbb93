/**
 * Where an answer and notices go. In a channel or DM the answer is posted (in the question's thread) and notices
 * are shown only to the asker; for /jautat and clicks on private answers everything goes through response_url,
 * ephemeral. Nothing is posted with link expansion or name linking.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from './block-kit.js';
import { isDirect, type Place } from './places.js';

export interface Outlet {
  post(message: SlackMessage): Promise<void>;
  /** A short notice (rate limit, apology) that only the asker sees where Slack allows it. */
  notice(text: string): Promise<void>;
}

/** Every post: no @name linking, no link or media previews. */
export const QUIET = { link_names: false, unfurl_links: false, unfurl_media: false } as const;

export function threadOutlet(client: webApi.WebClient, place: Place, user: string): Outlet {
  const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
  return {
    async post(message) {
      await client.chat.postMessage({ channel: place.channel, ...thread, ...message, ...QUIET });
    },
    async notice(text) {
      if (isDirect(place.channel)) {
        await client.chat.postMessage({ channel: place.channel, ...thread, text, ...QUIET });
        return;
      }
      await client.chat.postEphemeral({ channel: place.channel, user, ...thread, text, link_names: false });
    },
  };
}

export function respondOutlet(respond: RespondFn): Outlet {
  return {
    async post(message) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...message, ...QUIET });
    },
    async notice(text) {
      await respond({ response_type: 'ephemeral', replace_original: false, text, ...QUIET });
    },
  };
}
