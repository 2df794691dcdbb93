// The deadline table in groups, in the order they need attention: overdue, due within the horizon, starting soon,
// later (ongoing and undated too), done. Each group has a heading row with its count; a long group shows its first
// rows and a button for the next ones, so the page stays short on a phone.

import { rowView } from './deadline-row.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/** Rows shown at first and per click: fewer on a phone, where each row is a card. */
const fold = () => (window.matchMedia('(max-width: 700px)').matches ? 5 : 10);

const GROUPS = [
  { id: 'overdue', buckets: ['overdue'] },
  { id: 'due-soon', buckets: ['due-soon'] },
  { id: 'starting-soon', buckets: ['starting-soon'] },
  { id: 'later', buckets: ['later', 'ongoing', 'unknown'] },
  { id: 'done', buckets: ['done'] },
];

export function showGroups(table, rows, horizon) {
  const bodies = GROUPS.map((group) => ({ group, rows: rows.filter((r) => group.buckets.includes(r.bucket)) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => groupBody(g.group, g.rows, horizon));
  for (const old of table.querySelectorAll('tbody')) old.remove();
  table.append(...bodies);
}

function groupBody(group, rows, horizon) {
  const body = h(
    'tbody',
    { class: `group group-${group.id}`, 'data-group': group.id },
    h(
      'tr',
      { class: 'group-head' },
      h('th', { scope: 'rowgroup', colspan: '5' }, `${t(`group-${group.id}`, horizon)} (${rows.length})`),
    ),
  );
  showMore(body, rows, 0);
  return body;
}

/** Appends the next rows from `from`, and a button for the rest when some remain. */
function showMore(body, rows, from) {
  const step = fold();
  const next = rows.slice(from, from + step);
  body.append(...next.map(rowView));
  const shown = from + next.length;
  const rest = rows.length - shown;
  if (rest <= 0) return;
  const button = h('button', { type: 'button', class: 'link more' }, t('showMoreRows', Math.min(rest, step), rest));
  const moreRow = h('tr', { class: 'group-more' }, h('td', { colspan: '5' }, button));
  button.addEventListener('click', () => {
    moreRow.remove();
    showMore(body, rows, shown);
    const first = body.querySelectorAll('tr[data-key]')[shown];
    first?.setAttribute('tabindex', '-1');
    first?.focus();
  });
  body.append(moreRow);
}
