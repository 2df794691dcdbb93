/**
 * Where a question was asked, and so where its answer goes and which conversation it continues. A channel's
 * threads are separate conversations (`slack:T:C:thread_ts`); a direct message is one (`slack:T:D`); answers to
 * /jautat are the asker's own, private conversation in that channel.
 */

export interface Place {
  team: string;
  channel: string;
  /** The thread to answer in; for a channel always set (the question's thread, or the question itself). */
  threadTs?: string;
}

/** Direct-message channel ids start with D. */
export function isDirect(channel: string): boolean {
  return channel.startsWith('D');
}

export function conversationId(place: Place): string {
  if (isDirect(place.channel) || !place.threadTs) return `slack:${place.team}:${place.channel}`;
  return `slack:${place.team}:${place.channel}:${place.threadTs}`;
}

export function privateConversationId(team: string, channel: string, user: string): string {
  return `slack:${team}:${channel}:jautat:${user}`;
}

/** A message's place: in a channel its thread (or the message, which starts one); in a DM the DM itself. */
export function placeOfMessage(team: string, channel: string, ts: string, threadTs?: string): Place {
  if (isDirect(channel)) return threadTs ? { team, channel, threadTs } : { team, channel };
  return { team, channel, threadTs: threadTs ?? ts };
}
