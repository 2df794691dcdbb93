/** Digest subscriptions in SQLite: one row each, the scope and mentions as JSON (validated again when read). */
import type { SubscriptionRepo } from '../../app/subscriptions.js';
import { ScopeSchema } from '../../core/digest/scope.js';
import type { Subscription, Target } from '../../core/digest/subscription.js';
import type { Db } from './database.js';

interface Row {
  id: string;
  platform: Target['platform'];
  target_id: string;
  target_label: string | null;
  scope: string;
  weekday: number;
  hour: number;
  minute: number;
  horizon_days: number;
  language: 'lv' | 'en';
  mentions: string;
  source: 'chat' | 'config';
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export class SubscriptionStore implements SubscriptionRepo {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<Subscription | undefined> {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id) as Row | undefined;
    return row ? toSubscription(row) : undefined;
  }

  async all(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as Row[]).map(toSubscription);
  }

  async forTarget(target: Pick<Target, 'platform' | 'id'>): Promise<Subscription[]> {
    const rows = this.db
      .prepare('SELECT * FROM subscriptions WHERE platform = ? AND target_id = ? ORDER BY created_at, id')
      .all(target.platform, target.id) as Row[];
    return rows.map(toSubscription);
  }

  async save(s: Subscription): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO subscriptions (id, platform, target_id, target_label, scope, weekday, hour, minute, horizon_days,
           language, mentions, source, created_by, created_at, updated_at)
         VALUES (@id, @platform, @target_id, @target_label, @scope, @weekday, @hour, @minute, @horizon_days,
           @language, @mentions, @source, @created_by, @created_at, @updated_at)
         ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, target_id = excluded.target_id,
           target_label = excluded.target_label, scope = excluded.scope, weekday = excluded.weekday,
           hour = excluded.hour, minute = excluded.minute, horizon_days = excluded.horizon_days,
           language = excluded.language, mentions = excluded.mentions, source = excluded.source,
           updated_at = excluded.updated_at`,
      )
      .run(toRow(s));
  }

  async remove(id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes === 1;
  }
}

function toRow(s: Subscription): Row {
  return {
    id: s.id,
    platform: s.target.platform,
    target_id: s.target.id,
    target_label: s.target.label ?? null,
    scope: JSON.stringify(s.scope),
    weekday: s.schedule.weekday,
    hour: s.schedule.hour,
    minute: s.schedule.minute,
    horizon_days: s.horizonDays,
    language: s.language,
    mentions: JSON.stringify(s.mentions),
    source: s.source,
    created_by: s.createdBy ?? null,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

function toSubscription(row: Row): Subscription {
  return {
    id: row.id,
    target: { platform: row.platform, id: row.target_id, ...(row.target_label ? { label: row.target_label } : {}) },
    scope: ScopeSchema.parse(JSON.parse(row.scope)),
    schedule: { weekday: row.weekday, hour: row.hour, minute: row.minute },
    horizonDays: row.horizon_days,
    language: row.language,
    mentions: JSON.parse(row.mentions) as Record<string, string>,
    source: row.source,
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
