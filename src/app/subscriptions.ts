/**
 * Digest subscriptions as use cases: subscribe a channel, change its schedule, replace its scope, remove it, and
 * apply the deployment's config file idempotently. Who may change them: anyone in the channel, unless
 * ADMIN_USERS names the only users who may. Every change is written before it is acknowledged.
 */
import { type DigestConfig, entrySettings } from '../core/digest/digest-config.js';
import { DEFAULT_SCHEDULE, type Schedule } from '../core/digest/schedule.js';
import type { Scope } from '../core/digest/scope.js';
import {
  DEFAULT_HORIZON_DAYS,
  type Language,
  type Subscription,
  sameSettings,
  subscriptionId,
  type Target,
} from '../core/digest/subscription.js';

export interface SubscriptionRepo {
  get(id: string): Promise<Subscription | undefined>;
  all(): Promise<Subscription[]>;
  forTarget(target: Pick<Target, 'platform' | 'id'>): Promise<Subscription[]>;
  /** Inserts or replaces by id. */
  save(subscription: Subscription): Promise<void>;
  remove(id: string): Promise<boolean>;
}

/**
 * Comma-separated user ids → the set of who may change statuses and digest settings; empty means anyone in the
 * channel. The web page's holder is the user `web` (see WEB_USER).
 */
export function adminSet(adminUsers: string | undefined): ReadonlySet<string> {
  return new Set(
    (adminUsers ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
  );
}

export function mayChange(userId: string | undefined, admins: ReadonlySet<string>): boolean {
  return admins.size === 0 || (userId !== undefined && admins.has(userId));
}

export interface SubscribeRequest {
  target: Target;
  scope: Scope;
  schedule?: Partial<Schedule>;
  horizonDays?: number;
  language: Language;
  by?: string;
  now: Date;
}

export async function subscribe(
  repo: SubscriptionRepo,
  req: SubscribeRequest,
): Promise<{ created: boolean; subscription: Subscription }> {
  const id = subscriptionId(req.target, req.scope);
  const existing = await repo.get(id);
  if (existing) return { created: false, subscription: existing };
  const at = req.now.toISOString();
  const subscription: Subscription = {
    id,
    target: req.target,
    scope: req.scope,
    schedule: { ...DEFAULT_SCHEDULE, ...req.schedule },
    horizonDays: req.horizonDays ?? DEFAULT_HORIZON_DAYS,
    language: req.language,
    mentions: {},
    source: 'chat',
    ...(req.by ? { createdBy: req.by } : {}),
    createdAt: at,
    updatedAt: at,
  };
  await repo.save(subscription);
  return { created: true, subscription };
}

export interface SettingsChange {
  schedule?: Partial<Schedule>;
  horizonDays?: number;
  language?: Language;
}

export async function changeSettings(repo: SubscriptionRepo, id: string, change: SettingsChange, now: Date) {
  const current = await repo.get(id);
  if (!current) return undefined;
  const updated: Subscription = {
    ...current,
    schedule: { ...current.schedule, ...change.schedule },
    horizonDays: change.horizonDays ?? current.horizonDays,
    language: change.language ?? current.language,
    updatedAt: now.toISOString(),
  };
  await repo.save(updated);
  return updated;
}

/** The scope replaced in place: the id, the schedule and the ledger's history stay with the subscription. */
export async function replaceScope(repo: SubscriptionRepo, id: string, scope: Scope, now: Date) {
  const current = await repo.get(id);
  if (!current) return undefined;
  const updated: Subscription = { ...current, scope, updatedAt: now.toISOString() };
  await repo.save(updated);
  return updated;
}

export interface ConfigApplied {
  created: string[];
  updated: string[];
  unchanged: string[];
  /**
   * Subscriptions an earlier config made that this one no longer lists, now removed: the file is the source of
   * truth for what it declares (a renamed id must not leave the old one posting too). Their ledger history stays.
   */
  removed: string[];
}

/**
 * Applies the config file: creates what is new, updates what changed, removes what it made and no longer lists,
 * and leaves subscriptions made in chat alone; running it twice is a no-op.
 */
export async function applyDigestConfig(
  repo: SubscriptionRepo,
  config: DigestConfig,
  now: Date,
): Promise<ConfigApplied> {
  const result: ConfigApplied = { created: [], updated: [], unchanged: [], removed: [] };
  const at = now.toISOString();
  for (const entry of config.subscriptions) {
    const settings = entrySettings(entry);
    const current = await repo.get(entry.id);
    if (current && sameSettings(current, settings) && current.source === 'config') {
      result.unchanged.push(entry.id);
      continue;
    }
    await repo.save({
      ...settings,
      source: 'config',
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
      ...(current?.createdBy ? { createdBy: current.createdBy } : {}),
    });
    (current ? result.updated : result.created).push(entry.id);
  }
  const listed = new Set(config.subscriptions.map((s) => s.id));
  for (const gone of (await repo.all()).filter((s) => s.source === 'config' && !listed.has(s.id))) {
    await repo.remove(gone.id);
    result.removed.push(gone.id);
  }
  return result;
}
