/**
 * The tables an export carries, with their columns as stored (so a file moves between engines unchanged) and how
 * each row is checked on import. Keyed tables keep a row already there; statuses and feedback have no key of their
 * own, so a row counts as there when every column matches.
 */
import { z } from 'zod';
import { ScopeSchema } from '../../core/digest/scope.js';

const text = z.string({ message: 'must be text' });
const optional = text.nullable();
const count = z.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative');
const flag = z.union([z.literal(0), z.literal(1)], { message: 'must be 0 or 1' });
const instant = text.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/u, 'must be an ISO instant (…Z)');
const json = (inner: z.ZodType) =>
  text.refine((value) => {
    try {
      return inner.safeParse(JSON.parse(value)).success;
    } catch {
      return false;
    }
  }, 'must hold valid JSON of the expected shape');

export interface TableSpec {
  order: string;
  /** The unique key a row is matched by; none: every column. */
  key?: string[];
  /** The row's columns, each with its check. */
  row: z.ZodObject;
}

export const TABLES: Record<string, TableSpec> = {
  statuses: {
    order: 'id',
    row: z.strictObject({
      item: text.min(1, 'must not be empty'),
      status: z.enum(['done', 'in-progress', 'not-started']),
      note: optional,
      by: text,
      at: instant,
    }),
  },
  subscriptions: {
    order: 'id',
    key: ['id'],
    row: z.strictObject({
      id: text.min(1, 'must not be empty'),
      platform: z.enum(['slack', 'teams', 'web']),
      target_id: text.min(1, 'must not be empty'),
      target_label: optional,
      scope: json(ScopeSchema),
      weekday: count.min(1).max(7),
      hour: count.max(23),
      minute: count.max(59),
      horizon_days: count.min(1),
      language: z.enum(['lv', 'en']),
      mentions: json(z.record(z.string(), z.string())),
      source: z.enum(['chat', 'config']),
      created_by: optional,
      created_at: instant,
      updated_at: instant,
    }),
  },
  digest_ledger: {
    order: 'subscription_id, period',
    key: ['subscription_id', 'period'],
    row: z.strictObject({
      subscription_id: text.min(1, 'must not be empty'),
      period: text.min(1, 'must not be empty'),
      state: z.enum(['claimed', 'sent', 'failed']),
      attempts: count,
      claimed_by: optional,
      lease_until: instant.nullable(),
      due_at: instant,
      message_id: optional,
      error: optional,
      reported: flag,
      created_at: instant,
      updated_at: instant,
      first_attempt_at: instant.nullable(),
      digest: json(z.object({ subscriptionId: z.string() }).loose()).nullable(),
      posted: json(z.array(z.string())),
      in_doubt: flag,
      takeovers: count,
    }),
  },
  conversation_refs: {
    order: 'key',
    key: ['key'],
    row: z.strictObject({
      key: text.min(1, 'must not be empty'),
      platform: z.enum(['slack', 'teams', 'web']),
      reference: json(z.object({}).loose()),
      label: optional,
      updated_at: instant,
    }),
  },
  feedback: {
    order: 'id',
    row: z.strictObject({
      platform: z.enum(['slack', 'teams', 'web']),
      conversation: text,
      user_id: optional,
      rating: z.enum(['up', 'down']),
      question: text,
      answer: text,
      intent: optional,
      at: instant,
    }),
  },
  local_digests: {
    order: 'id',
    key: ['subscription_id', 'period'],
    row: z.strictObject({
      subscription_id: text,
      period: text,
      target_id: text,
      posted_at: instant,
      digest: json(z.object({ subscriptionId: z.string() }).loose()),
    }),
  },
};

/** A column name as SQL: `by` is a reserved word on PostgreSQL. */
export const column = (name: string) => (name === 'by' ? '"by"' : name);

export const columnsOf = (spec: TableSpec) => Object.keys(spec.row.shape);
