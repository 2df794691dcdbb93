/**
 * One digest line: the item's id and short title, its owners (abbreviations expanded the first time the digest
 * names them), the deadline in words, days left or overdue, why it is in this digest, its status, the source,
 * buttons to mark it, and the owners' platform handles to mention.
 */
import type { StatusLookup } from '../answer/answer-context.js';
import { cite } from '../answer/citations.js';
import type { InstitutionNames } from '../answer/institution-names.js';
import type { Language, ReplyAction } from '../answer/reply.js';
import { shorten } from '../answer/words.js';
import { formatPeriod } from '../deadlines/format-period.js';
import type { TrackedItem } from '../deadlines/tracked-items.js';
import type { InstitutionRegistry } from '../knowledge/registry.js';
import type { DigestLine, DigestSectionKind } from './digest.js';
import { baselineText, reasonText, STATUS_WORDS, statusCommand, statusText } from './digest-words.js';
import type { Reason } from './scope.js';

export interface LineContext {
  lang: Language;
  names: InstitutionNames;
  statuses: StatusLookup;
  registry: InstitutionRegistry;
  /** Institution (registry id or abbreviation) → handle. */
  mentions: Record<string, string>;
}

const TITLE_LENGTH = 110;
/** A long owner (a subgroup described in a sentence) is cut; the source link has it in full. */
const OWNERS_LENGTH = 90;

export function digestLine(
  item: TrackedItem,
  section: DigestSectionKind,
  reasons: Reason[],
  days: number | undefined,
  ctx: LineContext,
): DigestLine {
  const status = statusOf(item, ctx);
  return {
    itemKey: item.key,
    id: shownId(item, ctx.lang),
    title: shorten(item.title, TITLE_LENGTH),
    owners:
      shorten(ctx.names.parties(item.responsible), OWNERS_LENGTH) ||
      (ctx.lang === 'lv' ? 'atbildīgais nav norādīts' : 'no owner given'),
    why: reasons.map((r) => reasonText(r, ctx.lang)).join('; '),
    deadline: formatPeriod(item.period, ctx.lang),
    ...(days === undefined ? {} : { days }),
    ...(status ? { status } : {}),
    source: cite(item.source, ctx.lang, item.period.raw || item.source.raw),
    actions: actionsFor(item, section, ctx.lang),
    mentions: mentionsFor(item, ctx),
  };
}

/** "4.4.5", "3. uzdevums" / "task 3", "3. darba grupa" / "group 3", "6. grupas 1. uzdevums" / "group 6, task 1". */
export function shownId(item: TrackedItem, lang: Language): string {
  switch (item.kind) {
    case 'measure':
      return item.id;
    case 'report-task':
      return lang === 'lv' ? `${item.id}. uzdevums` : `task ${item.id}`;
    case 'group':
      return groupName(item.id, lang);
    case 'group-task': {
      const [group, task] = item.key.split(':').slice(1);
      if (lang === 'en') return `${groupName(group ?? '', lang)}, task ${task}`;
      return `${group === 'standing' ? 'pastāvīgās darba grupas' : `${group}. darba grupas`} ${task}. uzdevums`;
    }
  }
}

function groupName(id: string, lang: Language): string {
  if (id === 'standing') return lang === 'lv' ? 'pastāvīgā darba grupa' : 'standing working group';
  return lang === 'lv' ? `${id}. darba grupa` : `group ${id}`;
}

function statusOf(item: TrackedItem, ctx: LineContext): string | undefined {
  const record = ctx.statuses.latest(item.key);
  if (record) return statusText(record, ctx.lang);
  return item.baselineStatus ? baselineText(item.baselineStatus, ctx.lang) : undefined;
}

function actionsFor(item: TrackedItem, section: DigestSectionKind, lang: Language): ReplyAction[] {
  const label = (status: keyof typeof STATUS_WORDS) => {
    const word = STATUS_WORDS[status][lang];
    return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  };
  if (section === 'done')
    return [{ label: label('in-progress'), command: statusCommand(item.key, 'in-progress', lang) }];
  return [
    { label: label('done'), command: statusCommand(item.key, 'done', lang), style: 'primary' },
    { label: label('in-progress'), command: statusCommand(item.key, 'in-progress', lang) },
  ];
}

function mentionsFor(item: TrackedItem, ctx: LineContext): string[] {
  const handles = new Set<string>();
  for (const party of item.responsible) {
    if (!party.institution) continue;
    const institution = ctx.registry.get(party.institution);
    const keys = [party.institution, party.name, ...(institution?.abbreviations ?? [])];
    const handle = keys.map((k) => ctx.mentions[k]).find((h) => h !== undefined);
    if (handle) handles.add(handle);
  }
  return [...handles];
}
