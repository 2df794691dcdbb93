/**
 * The core of the weekly digest: knowledge, statuses, a subscription and `now` → one neutral Digest. Items in
 * the subscription's scope are placed by tracked-items' bucketOf (the same semantics as answers and the
 * dashboard): overdue (most recently passed first, capped), due and starting within the horizon, recently done
 * (marked done in chat in the last 7 days), and unknown deadlines apart. Nothing due is said in one line.
 */
import type { StatusLookup } from '../answer/answer-context.js';
import { formatIsoDate } from '../answer/dates.js';
import { InstitutionNames } from '../answer/institution-names.js';
import type { Language } from '../answer/reply.js';
import { rigaDate } from '../deadlines/riga-time.js';
import { dueDate, startDate } from '../deadlines/semantics.js';
import { bucketOf, type TrackedItem } from '../deadlines/tracked-items.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { IsoDate } from '../knowledge/model.js';
import type { DigestScopes } from './default-scopes.js';
import type { Digest, DigestLine, DigestSection, DigestSectionKind } from './digest.js';
import { digestLine, type LineContext } from './digest-line.js';
import { moreText, sectionTitle } from './digest-words.js';
import { isoWeek } from './iso-week.js';
import { describeHorizon } from './schedule-words.js';
import { type Reason, reasonsFor } from './scope.js';
import { describeScope, scopeTitle } from './scope-words.js';
import type { Subscription } from './subscription.js';

export const OVERDUE_CAP = 10;
const RECENT_DAYS = 7;

export interface DigestInput {
  kb: Pick<KnowledgeBase, 'registry' | 'groups'>;
  items: readonly TrackedItem[];
  statuses: StatusLookup;
  defaults: DigestScopes;
  subscription: Pick<Subscription, 'id' | 'scope' | 'horizonDays' | 'language' | 'mentions'>;
  now: Date;
  /** The ledger's period; the ISO week of today by default. */
  period?: string;
  notices?: string[];
  /** Show every overdue item instead of the first ten. */
  full?: boolean;
}

interface Placed {
  item: TrackedItem;
  kind: DigestSectionKind;
  days?: number;
  reasons: Reason[];
  /** What the section sorts on: the due date, start date or the time it was marked done. */
  sortKey: string;
}

const ORDER: DigestSectionKind[] = ['overdue', 'due', 'starting', 'done', 'unknown'];

export function composeDigest(input: DigestInput): Digest {
  const { subscription: sub, now } = input;
  const lang = sub.language;
  const today = rigaDate(now);
  const placed = place(input, today);
  const ctx: LineContext = {
    lang,
    names: new InstitutionNames(input.kb.registry, lang),
    statuses: input.statuses,
    registry: input.kb.registry,
    mentions: sub.mentions,
  };
  const sections = ORDER.map((kind) => section(kind, placed, input, ctx)).filter((s) => s.total > 0);
  const empty = !sections.some((s) => s.kind === 'overdue' || s.kind === 'due' || s.kind === 'starting');
  return {
    subscriptionId: sub.id,
    period: input.period ?? isoWeek(today),
    language: lang,
    title: `${lang === 'lv' ? 'Termiņu kopsavilkums' : 'Deadline digest'}: ${scopeTitle(sub.scope, input.kb, lang)}`,
    intro: intro(input, today, empty),
    sections,
    empty,
    notices: input.notices ?? [],
  };
}

function place(input: DigestInput, today: IsoDate): Placed[] {
  const placed: Placed[] = [];
  const scopeCtx = { registry: input.kb.registry, defaults: input.defaults };
  const recentFrom = new Date(input.now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  for (const item of input.items) {
    const reasons = reasonsFor(item, input.subscription.scope, scopeCtx);
    if (reasons.length === 0) continue;
    const where = bucketOf(item, input.statuses, today, input.subscription.horizonDays);
    const base = { item, reasons, ...(where.days === undefined ? {} : { days: where.days }) };
    if (where.bucket === 'overdue') placed.push({ ...base, kind: 'overdue', sortKey: dueDate(item.period) ?? '' });
    if (where.bucket === 'due-soon') placed.push({ ...base, kind: 'due', sortKey: dueDate(item.period) ?? '' });
    if (where.bucket === 'starting-soon')
      placed.push({ ...base, kind: 'starting', sortKey: startDate(item.period) ?? '' });
    if (where.bucket === 'unknown') placed.push({ ...base, kind: 'unknown', sortKey: '' });
    if (where.bucket === 'done') {
      const marked = input.statuses.latest(item.key);
      if (marked?.status === 'done' && marked.at >= recentFrom && marked.at <= input.now.toISOString())
        placed.push({ item, reasons, kind: 'done', sortKey: marked.at });
    }
  }
  return placed;
}

function section(kind: DigestSectionKind, placed: Placed[], input: DigestInput, ctx: LineContext): DigestSection {
  const newestFirst = kind === 'overdue' || kind === 'done';
  const mine = placed
    .filter((p) => p.kind === kind)
    .sort((a, b) => (newestFirst ? -1 : 1) * a.sortKey.localeCompare(b.sortKey));
  const cap = kind === 'overdue' && !input.full ? OVERDUE_CAP : mine.length;
  const lines: DigestLine[] = mine.slice(0, cap).map((p) => digestLine(p.item, kind, p.reasons, p.days, ctx));
  const lang = input.subscription.language;
  return {
    kind,
    title: sectionTitle(kind, input.subscription.horizonDays, lang),
    lines,
    total: mine.length,
    ...(mine.length > lines.length ? { more: moreText(lines.length, mine.length, lang) } : {}),
  };
}

function intro(input: DigestInput, today: IsoDate, empty: boolean): string {
  const { scope, horizonDays, language: lang } = input.subscription;
  const date = formatIsoDate(today, lang, 'nominative');
  const span = describeHorizon(horizonDays, lang);
  const what = describeScope(scope, input.kb, input.defaults, lang);
  const line = lang === 'lv' ? `${date} · ${span} · tvērums: ${what}.` : `${date} · ${span} · scope: ${what}.`;
  return empty ? `${line}\n${nothingDue(horizonDays, lang)}` : line;
}

function nothingDue(horizonDays: number, lang: Language): string {
  if (lang === 'en') return `Nothing is overdue, and nothing is due or starting ${inTheNext(horizonDays, lang)}.`;
  return `Nekas nav nokavēts, un ${inTheNext(horizonDays, lang)} nav neviena termiņa un nekas nesākas.`;
}

/** "nākamajās 4 nedēļās" / "in the next 4 weeks". */
function inTheNext(days: number, lang: Language): string {
  const weeks = days % 7 === 0 ? days / 7 : undefined;
  if (lang === 'en') return `in ${describeHorizon(days, lang)}`;
  if (weeks === 1) return 'nākamajā nedēļā';
  return weeks ? `nākamajās ${weeks} nedēļās` : `nākamajās ${days} dienās`;
}
