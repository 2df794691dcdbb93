/**
 * The deployment's digest configuration (the DIGEST_CONFIG file): a JSON list of subscriptions, or an object with
 * `subscriptions` and default `mentions` per platform. Validated with zod; every error names the entry and field.
 * Applying it is idempotent: an entry is keyed by its `id`.
 */
import { z } from 'zod';
import { DEFAULT_SCHEDULE, type Schedule } from './schedule.js';
import { ScopeSchema } from './scope.js';
import { DEFAULT_HORIZON_DAYS, type Subscription, TargetSchema } from './subscription.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const ScheduleInputSchema = z.strictObject({
  /** 1 = Monday … 7 = Sunday, or the English name. */
  weekday: z.union([z.number().int().min(1).max(7), z.enum(WEEKDAYS)]).default(1),
  /** "HH:MM", Riga time. */
  time: z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'a time such as "09:00"')
    .default('09:00'),
});

const MentionsSchema = z.record(z.string().min(1), z.string().min(1));

export const ConfigEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'lower-case letters, digits, ".", "_" or "-"'),
  target: TargetSchema,
  scope: ScopeSchema,
  schedule: ScheduleInputSchema.optional(),
  horizonWeeks: z.number().int().min(1).max(52).optional(),
  language: z.enum(['lv', 'en']).default('lv'),
  /** Institution (registry id or abbreviation) → Slack user group id / Teams tag, for this subscription. */
  mentions: MentionsSchema.default({}),
});
export type ConfigEntry = z.infer<typeof ConfigEntrySchema>;

const PlatformMentionsSchema = z.strictObject({
  slack: MentionsSchema.optional(),
  teams: MentionsSchema.optional(),
  web: MentionsSchema.optional(),
});
export type PlatformMentions = z.infer<typeof PlatformMentionsSchema>;

const EntriesSchema = z.array(ConfigEntrySchema);
const FileObjectSchema = z.strictObject({
  description: z.string().optional(),
  subscriptions: EntriesSchema,
  mentions: PlatformMentionsSchema.default({}),
});

export interface DigestConfig {
  subscriptions: ConfigEntry[];
  mentions: PlatformMentions;
}

/** Parses the file's JSON value; throws an Error whose message lists each problem with its path. */
export function parseDigestConfig(value: unknown): DigestConfig {
  // Chosen by shape rather than as a union, so that an error names the field instead of "invalid input".
  const result = Array.isArray(value) ? EntriesSchema.safeParse(value) : FileObjectSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(problems.join('; '));
  }
  const config = Array.isArray(result.data)
    ? { subscriptions: result.data, mentions: {} }
    : { subscriptions: result.data.subscriptions, mentions: result.data.mentions };
  const ids = config.subscriptions.map((s) => s.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`subscriptions: the id "${twice}" is used twice`);
  return config;
}

export function entrySchedule(entry: ConfigEntry): Schedule {
  if (!entry.schedule) return DEFAULT_SCHEDULE;
  const { weekday, time } = entry.schedule;
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { weekday: typeof weekday === 'number' ? weekday : WEEKDAYS.indexOf(weekday) + 1, hour, minute };
}

/** The subscription an entry describes (timestamps are the caller's). */
export function entrySettings(entry: ConfigEntry): Omit<Subscription, 'source' | 'createdAt' | 'updatedAt'> {
  return {
    id: entry.id,
    target: entry.target,
    scope: entry.scope,
    schedule: entrySchedule(entry),
    horizonDays: (entry.horizonWeeks ?? DEFAULT_HORIZON_DAYS / 7) * 7,
    language: entry.language,
    mentions: entry.mentions,
  };
}
