/**
 * A digest subscription: where the digest goes (a Slack channel, a Teams conversation key, the local web
 * channel), what it follows (scope), when (schedule, Riga time), how far ahead (horizon) and in which language,
 * with optional platform handles to mention for owners ("LM" → a Slack user group or a Teams tag).
 */
import { z } from 'zod';
import type { Language } from '../answer/reply.js';
import { type Schedule, ScheduleSchema } from './schedule.js';
import { type Scope, ScopeSchema } from './scope.js';

/** Same shape as the app's DigestTarget (the core does not import the app). */
export const TargetSchema = z.strictObject({
  platform: z.enum(['slack', 'teams', 'web']),
  id: z.string().min(1),
  label: z.string().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

/** Four weeks ahead. */
export const DEFAULT_HORIZON_DAYS = 28;

export interface Subscription {
  /** Stable and readable: "slack-c0123-grupa-3", or the id a config file gives. */
  id: string;
  target: Target;
  scope: Scope;
  schedule: Schedule;
  horizonDays: number;
  language: Language;
  /** Institution (registry id or abbreviation) → platform handle to mention. */
  mentions: Record<string, string>;
  /** Where it was made: from chat, or from the deployment's DIGEST_CONFIG (re-applied at every start). */
  source: 'chat' | 'config';
  createdBy?: string;
  /** ISO instants. A digest due before `createdAt` is not sent (no catch-up for a week it did not exist). */
  createdAt: string;
  updatedAt: string;
}

export const SubscriptionFieldsSchema = z.object({
  target: TargetSchema,
  scope: ScopeSchema,
  schedule: ScheduleSchema,
  horizonDays: z.number().int().min(1).max(366),
  language: z.enum(['lv', 'en']),
  mentions: z.record(z.string(), z.string()),
});

/** Two subscriptions with equal settings: a re-applied config changes nothing. */
export function sameSettings(a: Omit<Subscription, 'source' | 'createdAt' | 'updatedAt' | 'createdBy'>, b: typeof a) {
  return JSON.stringify(settingsKey(a)) === JSON.stringify(settingsKey(b));
}

function settingsKey(s: Omit<Subscription, 'source' | 'createdAt' | 'updatedAt' | 'createdBy'>) {
  const sorted = (list: readonly string[]) => [...list].sort();
  return {
    id: s.id,
    target: { platform: s.target.platform, id: s.target.id, label: s.target.label ?? '' },
    scope: {
      groups: sorted(s.scope.groups),
      institutions: sorted(s.scope.institutions),
      roles: sorted(s.scope.roles),
      prefixes: sorted(s.scope.prefixes),
      documents: sorted(s.scope.documents),
    },
    schedule: s.schedule,
    horizonDays: s.horizonDays,
    language: s.language,
    mentions: Object.entries(s.mentions).sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** A readable id: platform, target and what it follows ("web-local-grupa-3", "slack-c0123-lm"). */
export function subscriptionId(target: Target, scope: Scope): string {
  const parts = [
    ...scope.groups.map((g) => `grupa-${g}`),
    ...scope.institutions,
    ...scope.prefixes.map((p) => `nr-${p}`),
    ...scope.documents,
  ];
  const slug = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return slug([target.platform, target.id, ...parts].join('-')).slice(0, 120);
}

export type { Language, Schedule, Scope };
