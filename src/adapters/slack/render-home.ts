/**
 * The App Home tab: what the assistant does, example questions in Latvian and English, and the deadlines coming up
 * (read through trackedItems/bucketOf, like the dashboard and the digest, so all three agree): how many items are
 * overdue, then the next ones due within the horizon with their owners and source; when none are, the next later.
 */
import type { types } from '@slack/bolt';
import type { StatusLookup } from '../../core/answer/answer-context.js';
import { place } from '../../core/answer/citations.js';
import { formatIsoDate } from '../../core/answer/dates.js';
import { shorten } from '../../core/answer/words.js';
import { formatPeriod } from '../../core/deadlines/format-period.js';
import { dueDate } from '../../core/deadlines/semantics.js';
import { bucketOf, type Placement, type TrackedItem, trackedItems } from '../../core/deadlines/tracked-items.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { IsoDate } from '../../core/knowledge/model.js';
import { type Block, context, divider, fieldSections, header, LIMITS, sections, withinLimits } from './block-kit.js';
import { escapeMrkdwn } from './mrkdwn.js';

export const HOME_HORIZON_DAYS = 28;
const SHOWN = 15;
const LATER_SHOWN = 5;

export interface HomeInput {
  knowledge: Knowledge;
  statuses: StatusLookup;
  today: IsoDate;
}

const EXAMPLES_LV = [
  'Kas ir atbildīgs par 4.4.5. pasākumu?',
  'Par ko atbild LM?',
  'Ko nozīmē VBTAI?',
  'Kas vada 5. darba grupu?',
];
const EXAMPLES_EN = ['Who is responsible for measure 4.4.5?', 'What does VBTAI stand for?', 'What is due this month?'];

export function renderHome(input: HomeInput): types.HomeView {
  const blocks: Block[] = [...introBlocks(), divider(), ...deadlineBlocks(input)];
  return { type: 'home', blocks: withinLimits(blocks, [], LIMITS.homeBlocks, '…') };
}

function introBlocks(): Block[] {
  const bullets = (list: string[]) => list.map((q) => `• ${escapeMrkdwn(q)}`).join('\n');
  return [
    header('Darba grupas asistents'),
    ...sections([
      'Atbildu uz jautājumiem par darba grupas dokumentiem (plāns, ziņojums, valsts programma, darba grupas, BAC) ' +
        'precīzi un ar atsauci uz avotu. Pieminiet mani kanālā, rakstiet man šeit cilnē *Ziņas* vai izmantojiet ' +
        '`/jautat`. Katru nedēļu varu publicēt kanālā tuvāko termiņu pārskatu.',
    ]),
    context([
      'I answer questions about the working group’s documents exactly, citing the source. Mention me in a channel, ' +
        'write to me in the *Messages* tab, or use `/jautat`. I can post a weekly digest of deadlines to a channel.',
    ]),
    ...fieldSections([`*Piemēri*\n${bullets(EXAMPLES_LV)}`, `*Examples*\n${bullets(EXAMPLES_EN)}`]),
  ];
}

interface Placed {
  item: TrackedItem;
  placement: Placement;
}

function deadlineBlocks(input: HomeInput): Block[] {
  const placed = trackedItems(input.knowledge).map((item) => ({
    item,
    placement: bucketOf(item, input.statuses, input.today, HOME_HORIZON_DAYS),
  }));
  const overdue = placed.filter((p) => p.placement.bucket === 'overdue').length;
  const soon = placed
    .filter((p) => p.placement.bucket === 'due-soon' || p.placement.bucket === 'starting-soon')
    .sort((a, b) => (a.placement.days ?? 0) - (b.placement.days ?? 0));
  const blocks: Block[] = [
    header('Tuvākie termiņi · Upcoming deadlines'),
    context([
      `Šodien ${formatIsoDate(input.today, 'lv', 'nominative')}, nākamās ${HOME_HORIZON_DAYS} dienas · ` +
        `Today ${formatIsoDate(input.today, 'en')}, the next ${HOME_HORIZON_DAYS} days`,
    ]),
    ...sections([`Nokavēti / Overdue: *${overdue}*`]),
  ];
  if (soon.length > 0) return [...blocks, ...soon.slice(0, SHOWN).flatMap((p) => itemBlocks(p))];
  const later = placed
    .filter((p) => p.placement.bucket === 'later' && dueDate(p.item.period) !== undefined)
    .sort((a, b) => String(dueDate(a.item.period)).localeCompare(String(dueDate(b.item.period))));
  blocks.push(
    ...sections([
      `Nākamajās ${HOME_HORIZON_DAYS} dienās termiņu nav. / Nothing is due in the next ${HOME_HORIZON_DAYS} days.`,
    ]),
  );
  if (later.length > 0)
    blocks.push(context(['Pēc tam / After that:']), ...later.slice(0, LATER_SHOWN).flatMap(itemBlocks));
  return blocks;
}

function itemBlocks({ item, placement }: Placed): Block[] {
  const owners = item.responsible.map((p) => p.name).join(', ') || '—';
  const when = formatPeriod(item.period, 'lv');
  const days =
    placement.days === undefined
      ? ''
      : ` (${placement.bucket === 'starting-soon' ? 'sākas ' : ''}pēc ${placement.days} d.)`;
  return sections([
    `*${escapeMrkdwn(item.id)}* ${escapeMrkdwn(shorten(item.title, 200))}\n` +
      `${escapeMrkdwn(when)}${days} · ${escapeMrkdwn(owners)}\n_${escapeMrkdwn(place(item.source, 'lv'))}_`,
  ]);
}
