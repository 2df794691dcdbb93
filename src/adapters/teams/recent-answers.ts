/**
 * The answers sent lately, in memory and bounded: "Rādīt vairāk" pages through a remembered answer's list, and
 * Teams' 👍/👎 invoke names only the message it rates (replyToId), so the question and answer are found here.
 * After a restart an entry is gone: paging asks the question again and feedback is stored without the text.
 */
import { randomUUID } from 'node:crypto';
import type { Reply } from '../../core/answer/reply.js';

export interface RecentAnswer {
  question: string;
  reply: Reply;
  conversation: string;
}

export class RecentAnswers {
  private readonly byKey = new Map<string, RecentAnswer>();
  private readonly keyByMessage = new Map<string, string>();

  constructor(private readonly max = 2000) {}

  remember(answer: RecentAnswer): string {
    const key = randomUUID();
    this.byKey.set(key, answer);
    trim(this.byKey, this.max);
    return key;
  }

  /** Links the platform's id of the sent message to the answer it carries. */
  link(messageId: string, key: string): void {
    this.keyByMessage.set(messageId, key);
    trim(this.keyByMessage, this.max);
  }

  get(key: string): RecentAnswer | undefined {
    return this.byKey.get(key);
  }

  byMessage(messageId: string | undefined): RecentAnswer | undefined {
    const key = messageId === undefined ? undefined : this.keyByMessage.get(messageId);
    return key === undefined ? undefined : this.byKey.get(key);
  }
}

/** Drops the oldest entries (a Map iterates in insertion order) beyond the bound. */
function trim<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}
