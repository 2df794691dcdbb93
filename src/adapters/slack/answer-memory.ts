/**
 * Recent answers, in memory, under a short random id their buttons carry: what paging, "show source", feedback
 * and "post to channel" need. Bounded, least recently used dropped first; a forgotten answer is asked again from
 * the question its button also carries, so nothing here has to survive a restart.
 */
import { randomBytes } from 'node:crypto';
import type { Reply } from '../../core/answer/reply.js';

export interface AnswerRecord {
  id: string;
  question: string;
  conversation: string;
  userId: string;
  reply: Reply;
}

export class AnswerMemory {
  private readonly records = new Map<string, AnswerRecord>();

  constructor(private readonly max = 1000) {}

  remember(entry: Omit<AnswerRecord, 'id'>): AnswerRecord {
    const record = { id: randomBytes(6).toString('hex'), ...entry };
    this.records.set(record.id, record);
    if (this.records.size > this.max) {
      const oldest = this.records.keys().next().value;
      if (oldest !== undefined) this.records.delete(oldest);
    }
    return record;
  }

  recall(id: string): AnswerRecord | undefined {
    const record = this.records.get(id);
    if (!record) return undefined;
    this.records.delete(id);
    this.records.set(id, record);
    return record;
  }
}
