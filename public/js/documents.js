// The documents added at run time (GET /api/documents): title, file, what was found, the files that could not be
// read; for editors an upload form (POST, the file as the body) and a remove button on each (DELETE).
import { clear, h } from './dom.js';
import { lang, onLanguageChange, t } from './i18n.js';

export function startDocuments() {
  const list = document.getElementById('document-list');
  const form = document.getElementById('upload-form');
  const input = document.getElementById('upload-file');
  const status = document.getElementById('upload-status');
  async function load() {
    try {
      const response = await fetch(`/api/documents?lang=${lang()}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      form.hidden = !data.editable;
      show(list, data, remove);
    } catch {
      clear(list).append(h('p', { class: 'hint' }, t('documentsUnavailable')));
    }
  }
  async function remove(doc) {
    const response = await fetch(`/api/documents/${encodeURIComponent(doc.id)}`, { method: 'DELETE' });
    status.textContent = response.ok
      ? t('documentRemoved', doc.title)
      : `${t('documentFailed')}: ${await detail(response)}`;
    await load();
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return;
    status.textContent = t('documentAdding');
    const response = await fetch(`/api/documents?name=${encodeURIComponent(file.name)}&lang=${lang()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
    if (response.ok) {
      const added = await response.json();
      status.textContent = t('documentAdded', added.title);
      form.reset();
    } else {
      status.textContent = `${t('documentFailed')}: ${await detail(response)}`;
    }
    await load();
  });
  onLanguageChange(() => void load());
  void load();
}

async function detail(response) {
  try {
    return (await response.json()).detail ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

function show(container, data, remove) {
  clear(container);
  if (!data.available) return container.append(h('p', { class: 'hint' }, t('documentsUnavailable')));
  if (data.documents.length === 0) container.append(h('p', { class: 'hint' }, t('documentsNone')));
  for (const doc of data.documents) container.append(documentView(doc, data.editable, remove));
  for (const problem of data.problems) {
    container.append(h('p', { class: 'problem' }, `${t('documentProblem')}: ${problem.file} — ${problem.reason}`));
  }
}

function documentView(doc, editable, remove) {
  const found = doc.counts.map((c) => `${c.count} ${c.kind}`).join(', ');
  return h(
    'article',
    { class: 'document', 'data-id': doc.id },
    h('h3', {}, doc.title),
    h('p', { class: 'small' }, `${doc.file} · ${doc.id}`),
    h('p', {}, `${t('documentFound')}: ${found}`),
    doc.warnings.length > 0 ? h('p', { class: 'small' }, `${t('documentWarnings')}: ${doc.warnings.length}`) : null,
    doc.examples.length > 0
      ? h('ul', { class: 'examples' }, ...doc.examples.map((q) => h('li', {}, lang() === 'en' ? q.en : q.lv)))
      : null,
    editable ? h('button', { type: 'button', onclick: () => void remove(doc) }, t('documentRemove')) : null,
  );
}
