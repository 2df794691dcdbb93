// The deadline dashboard: filters (institution, working group, document, state, horizon), each option with how many
// items it would show → GET /api/deadlines → counts per state (buttons that filter) and the table of items grouped
// by what needs attention first, long groups folded.
import { showGroups } from './deadline-groups.js';
import { clear, h } from './dom.js';
import { lang, onLanguageChange, t } from './i18n.js';

const SELECTS = ['institution', 'group', 'document', 'bucket'];

export function startDashboard() {
  const form = document.getElementById('filters');
  const body = document.getElementById('deadline-table');
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
      showGroups(body, data.rows, data.horizon);
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

/** "Visas" for the feminine nouns (institūcija, darba grupa), "Visi" for the masculine (dokuments, stāvoklis). */
const ALL_WORD = { institution: 'allFeminine', group: 'allFeminine', document: 'allMasculine', bucket: 'allMasculine' };

/** Options from the server with their counts, keeping each select's current choice. */
function fillFilters(form, filters) {
  const sources = { institution: filters.institutions, group: filters.groups, document: filters.documents };
  sources.bucket = filters.buckets;
  for (const name of SELECTS) {
    const select = form.elements.namedItem(name);
    const chosen = select.value;
    const label = (o) => (o.count === undefined ? o.label : `${o.label} (${o.count})`);
    clear(select).append(
      h('option', { value: '' }, t(ALL_WORD[name])),
      ...sources[name].map((o) => h('option', { value: o.id, selected: o.id === chosen }, label(o))),
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
