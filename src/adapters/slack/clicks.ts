/**
 * Who clicked a button, where: the conversation the click continues and where its outcome goes. A click on a
 * private (ephemeral) answer answers privately through response_url; a click on a posted message answers in that
 * message's thread (or its DM). A click that settles the message (a confirmation, a page) replaces it instead.
 * The payload is parsed with a schema of the fields used.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { ReplyMode } from './action-values.js';
import { type Outlet, QUIET, respondOutlet, threadOutlet } from './outlets.js';
import { conversationId, type Place, placeOfMessage, privateConversationId } from './places.js';

const ClickBody = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ is_ephemeral: z.boolean().optional(), channel_id: z.string().optional() }).optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
});

export interface Click {
  user: string;
  team: string;
  channel: string;
  /** The posted message's place; undefined for a private (ephemeral) answer. */
  place?: Place;
  /** The clicked message itself (its ts), when it was posted and so can be updated with chat.update. */
  messageTs?: string;
  conversation: string;
  mode: Exclude<ReplyMode, 'published'>;
}

/** The click, or undefined when it did not come from a message in a conversation (e.g. App Home). */
export function clickOf(body: unknown, defaultTeam: string): Click | undefined {
  const parsed = ClickBody.safeParse(body);
  if (!parsed.success) return undefined;
  const b = parsed.data;
  const user = b.user.id;
  const team = b.team?.id ?? b.user.team_id ?? defaultTeam;
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!channel) return undefined;
  if (b.container?.is_ephemeral || !b.message) {
    return { user, team, channel, conversation: privateConversationId(team, channel, user), mode: 'private' };
  }
  const place = placeOfMessage(team, channel, b.message.ts, b.message.thread_ts);
  return { user, team, channel, place, messageTs: b.message.ts, conversation: conversationId(place), mode: 'thread' };
}

export function outletOf(click: Click, client: webApi.WebClient, respond: RespondFn): Outlet {
  return click.place ? threadOutlet(client, click.place, click.user) : respondOutlet(respond);
}

/**
 * An outlet whose answer replaces the clicked message: chat.update for a posted one, response_url with
 * replace_original for a private (ephemeral) one, which chat.update cannot reach. Notices still go to the clicker.
 */
export function replacingOutlet(click: Click, client: webApi.WebClient, respond: RespondFn): Outlet {
  const fallback = outletOf(click, client, respond);
  const { messageTs } = click;
  return {
    notice: fallback.notice,
    async post(message) {
      if (click.place && messageTs) {
        await client.chat.update({ channel: click.channel, ts: messageTs, ...message, link_names: false });
        return;
      }
      await respond({ replace_original: true, ...message, ...QUIET });
    },
  };
}
