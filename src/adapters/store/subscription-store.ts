/** Digest subscriptions: one row each, the scope and mentions as JSON (validated again when read). */
import type { SubscriptionRepo } from '../../app/subscriptions.js';
import { ScopeSchema } from '../../core/digest/scope.js';
import type { Subscription, Target } from '../../core/digest/subscription.js';
import type { Db } from './sql.js';

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
    const row = await this.db.get<Row>('SELECT * FROM subscriptions WHERE id = ?', [id]);
    return row ? toSubscription(row) : undefined;
  }

  async all(): Promise<Subscription[]> {
    return (await this.db.all<Row>('SELECT * FROM subscriptions ORDER BY id')).map(toSubscription);
  }

  async forTarget(target: Pick<Target, 'platform' | 'id'>): Promise<Subscription[]> {
    const rows = await this.db.all<Row>(
      'SELECT * FROM subscriptions WHERE platform = ? AND target_id = ? ORDER BY created_at, id',
      [target.platform, target.id],
    );
    return rows.map(toSubscription);
  }

  async save(s: Subscription): Promise<void> {
    const row = toRow(s);
    await this.db.run(
      `INSERT INTO subscriptions (${COLUMNS.join(', ')})
       VALUES (${COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, target_id = excluded.target_id,
         target_label = excluded.target_label, scope = excluded.scope, weekday = excluded.weekday,
         hour = excluded.hour, minute = excluded.minute, horizon_days = excluded.horizon_days,
         language = excluded.language, mentions = excluded.mentions, source = excluded.source,
         updated_at = excluded.updated_at`,
      COLUMNS.map((column) => row[column]),
    );
  }

  async remove(id: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM subscriptions WHERE id = ?', [id])) === 1;
  }
}

const COLUMNS: (keyof Row)[] = [
  'id',
  'platform',
  'target_id',
  'target_label',
  'scope',
  'weekday',
  'hour',
  'minute',
  'horizon_days',
  'language',
  'mentions',
  'source',
  'created_by',
  'created_at',
  'updated_at',
];

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
