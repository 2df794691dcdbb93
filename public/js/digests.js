// The local channel: digests the scheduler posted here (GET /api/digests), each rendered as HTML from its parts;
// before the first one, a preview of the digest as it would be sent now, marked as such.
import { clear, h, paragraphs } from './dom.js';
import { lang, onLanguageChange, t } from './i18n.js';

export function startDigests() {
  const container = document.getElementById('digest-list');
  async function load() {
    try {
      const response = await fetch(`/api/digests?lang=${lang()}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      show(container, data);
    } catch {
      clear(container).append(h('p', { class: 'hint' }, t('digestsUnavailable')));
    }
  }
  onLanguageChange(() => void load());
  void load();
}

function show(container, data) {
  clear(container);
  if (!data.available) return container.append(h('p', { class: 'hint' }, t('digestsUnavailable')));
  if (data.digests.length > 0) return container.append(...data.digests.map(digestView));
  if (!data.preview) return container.append(h('p', { class: 'hint' }, t('digestsNone')));
  container.append(previewView(data.preview));
}

/** The digest as it would be sent now, clearly not a posted one. */
function previewView(preview) {
  const article = digestView({ postedAt: preview.composedAt, digest: preview.digest }, true);
  article.classList.add('preview');
  return article;
}

function postedAt(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang() === 'lv' ? 'lv-LV' : 'en-GB', { timeZone: 'Europe/Riga' });
}

function digestView(posted, preview = false) {
  const digest = posted.digest;
  return h(
    'article',
    {
      class: 'digest',
      lang: digest.language,
      'aria-label': preview ? `${t('preview')}: ${digest.title}` : digest.title,
    },
    preview ? h('p', { class: 'badge preview-badge' }, t('preview')) : null,
    h('h3', {}, digest.title),
    preview
      ? h('p', { class: 'hint small' }, t('previewNote'))
      : h('p', { class: 'hint small' }, `${t('postedAt')}: ${postedAt(posted.postedAt)}`),
    paragraphs(digest.intro, 'intro'),
    digest.notices.map((n) => h('p', { class: 'notice' }, n)),
    digest.sections.map(sectionView),
  );
}

function sectionView(section) {
  const heading = section.total > section.lines.length ? `${section.title} (${section.total})` : section.title;
  return h(
    'section',
    { class: `digest-section bucket-${section.kind}` },
    h('h4', {}, heading),
    h('ul', {}, section.lines.map(lineView)),
    section.more ? h('p', { class: 'hint small' }, section.more) : null,
  );
}

function lineView(line) {
  const when = line.days === undefined ? line.deadline : `${line.deadline} (${t('daysLeft', line.days)})`;
  const details = [line.owners, when, line.status, line.why].filter((part) => part && String(part).trim() !== '');
  return h(
    'li',
    {},
    h('p', { class: 'line-title' }, h('span', { class: 'item-id' }, line.id), ` ${line.title}`),
    h('p', { class: 'line-details' }, details.join(' · ')),
    h('p', { class: 'source-place' }, `${t('source')}: ${line.source.title}, ${line.source.locator}`),
  );
}
