// One row of the deadline table: the item, its owners (responsible first), deadline, state with days, and source.
import { h, paragraphs } from './dom.js';
import { t } from './i18n.js';

export function rowView(row) {
  return h(
    'tr',
    { class: `bucket-${row.bucket}`, 'data-key': row.key },
    h(
      'td',
      { 'data-label': t('colItem') },
      h('span', { class: 'item-id' }, row.id),
      ' ',
      h('span', { class: 'item-title' }, row.title),
    ),
    h('td', { 'data-label': t('colOwners') }, ownersView(row.owners)),
    h('td', { 'data-label': t('colDeadline') }, row.deadline),
    h(
      'td',
      { 'data-label': t('colDays') },
      h('span', { class: `badge bucket-${row.bucket}` }, row.bucketLabel),
      daysText(row),
    ),
    h('td', { 'data-label': t('colSource') }, sourceView(row.source)),
  );
}

function daysText(row) {
  if (row.days === undefined || row.bucket === 'done') return null;
  const words = row.bucket === 'starting-soon' ? t('startsIn', row.days) : t('daysLeft', row.days);
  return h('span', { class: 'days' }, ` ${words}`);
}

function partyView(owner) {
  return owner.full ? h('abbr', { title: owner.full }, owner.name) : h('span', {}, owner.name);
}

function ownersView(owners) {
  const lead = owners.filter((o) => o.role === 'responsible');
  const co = owners.filter((o) => o.role === 'co-responsible');
  const joined = (list) => list.flatMap((o, i) => (i === 0 ? [partyView(o)] : [', ', partyView(o)]));
  return [
    h('span', { class: 'owners-lead' }, joined(lead)),
    co.length > 0 ? h('span', { class: 'owners-co' }, `${t('coResponsible')}: `, joined(co)) : null,
  ];
}

function sourceView(source) {
  return h(
    'div',
    { class: 'source' },
    h('span', { class: 'source-place' }, `${source.title}, ${source.locator}`),
    h('details', {}, h('summary', {}, t('showSource')), h('blockquote', { class: 'quote' }, paragraphs(source.quote))),
  );
}
