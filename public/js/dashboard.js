// The deadline dashboard: filters (institution, working group, document, state, horizon) → GET /api/deadlines →
// counts per state (buttons that filter) and the table of items with owners, deadline, days and source.
import { clear, h, paragraphs } from './dom.js';
import { lang, onLanguageChange, t } from './i18n.js';

const SELECTS = ['institution', 'group', 'document', 'bucket'];

export function startDashboard() {
  const form = document.getElementById('filters');
  const body = document.getElementById('deadline-rows');
  const summary = document.getElementById('deadline-summary');
  const counts = document.getElementById('bucket-counts');
  let request = 0;

  async function load() {
    const mine = ++request;
    const params = new URLSearchParams({ lang: lang() });
    for (const [name, value] of new FormData(form)) if (value) params.set(name, String(value));
    document.getElementById('deadlines').setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`/api/deadlines?${params}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      if (mine !== request) return; // a newer filter change is on its way
      fillFilters(form, data.filters);
      showCounts(counts, data, form, load);
      showRows(body, data.rows);
      summary.textContent = data.rows.length === 0 ? t('noRows') : t('shown', data.rows.length, data.total, data.today);
    } catch {
      if (mine === request) summary.textContent = t('loadFailed');
    } finally {
      if (mine === request) document.getElementById('deadlines').removeAttribute('aria-busy');
    }
  }

  form.addEventListener('change', () => void load());
  form.addEventListener('submit', (event) => event.preventDefault());
  onLanguageChange(() => void load());
  void load();
}

/** Options from the server, keeping each select's current choice. */
function fillFilters(form, filters) {
  const sources = { institution: filters.institutions, group: filters.groups, document: filters.documents };
  sources.bucket = filters.buckets;
  for (const name of SELECTS) {
    const select = form.elements.namedItem(name);
    const chosen = select.value;
    clear(select).append(
      h('option', { value: '' }, t('all')),
      ...sources[name].map((o) => h('option', { value: o.id, selected: o.id === chosen }, o.label)),
    );
    select.value = chosen;
  }
}

function showCounts(container, data, form, reload) {
  const select = form.elements.namedItem('bucket');
  clear(container).append(
    ...data.filters.buckets
      .filter((b) => data.counts[b.id] > 0 || select.value === b.id)
      .map((b) =>
        h(
          'button',
          {
            type: 'button',
            class: `count bucket-${b.id}`,
            'aria-pressed': String(select.value === b.id),
            onclick: () => {
              select.value = select.value === b.id ? '' : b.id;
              void reload();
            },
          },
          `${b.label}: ${data.counts[b.id]}`,
        ),
      ),
  );
}

function showRows(body, rows) {
  clear(body).append(...rows.map(rowView));
}

function rowView(row) {
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
