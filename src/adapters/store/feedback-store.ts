/** 👍/👎 on answers, kept with the question and the answer they rate. */
import type { Db } from './sql.js';

export interface Feedback {
  platform: 'slack' | 'teams' | 'web';
  conversation: string;
  userId?: string;
  rating: 'up' | 'down';
  question: string;
  answer: string;
  intent?: string;
  at: string;
}

export class FeedbackStore {
  constructor(private readonly db: Db) {}

  async record(f: Feedback): Promise<void> {
    await this.db.run(
      'INSERT INTO feedback (platform, conversation, user_id, rating, question, answer, intent, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [f.platform, f.conversation, f.userId ?? null, f.rating, f.question, f.answer, f.intent ?? null, f.at],
    );
  }

  async all(): Promise<Feedback[]> {
    const rows = await this.db.all<Record<string, string | null>>('SELECT * FROM feedback ORDER BY id');
    return rows.map((r) => ({
      platform: r.platform as Feedback['platform'],
      conversation: String(r.conversation),
      ...(r.user_id ? { userId: r.user_id } : {}),
      rating: r.rating as Feedback['rating'],
      question: String(r.question),
      answer: String(r.answer),
      ...(r.intent ? { intent: r.intent } : {}),
      at: String(r.at),
    }));
  }
}
