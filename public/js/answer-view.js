// One answer from /api/ask (the replyJson contract) as part of the conversation: text, facts, list, sources with
// their quotes on demand, and follow-up questions as buttons.
import { h, paragraphs } from './dom.js';
import { tIn } from './i18n.js';

const LIST_PAGE = 15;

/** The answer's own labels ("Avots", "Varat jautāt arī") are in the answer's language. */
export function answerView(reply, onAsk) {
  const t = (key, ...args) => tIn(reply.language, key, ...args);
  return h(
    'div',
    { class: `answer${reply.found ? '' : ' not-found'}`, lang: reply.language },
    reply.found ? null : h('p', { class: 'badge' }, t('notFound')),
    paragraphs(reply.text),
    factsView(reply.facts),
    listView(reply.items, t),
    reply.sources.map((s) => sourceView(s, t)),
    followUpsView(reply.suggestions, onAsk, t),
    actionsView(reply.actions, onAsk),
  );
}

const ACTION_CLASS = { danger: 'danger', primary: 'primary' };

/** Reply actions (confirm, cancel, mark done) send their command back as the next question. */
function actionsView(actions, onAsk) {
  if (!Array.isArray(actions) || actions.length === 0) return null;
  const button = (a) =>
    h('button', { type: 'button', class: ACTION_CLASS[a.style] ?? 'chip', onclick: () => onAsk(a.command) }, a.label);
  return h('div', { class: 'actions' }, actions.map(button));
}

function factsView(facts) {
  if (facts.length === 0) return null;
  return h(
    'dl',
    { class: 'facts' },
    facts.map((f) => [h('dt', {}, f.label), h('dd', {}, f.value)]),
  );
}

function itemLine(item) {
  return h(
    'li',
    {},
    h('span', { class: 'item-id' }, item.id),
    ` ${item.title}`,
    item.detail ? ` — ${item.detail}` : '',
  );
}

function listView(items, t) {
  if (items.length === 0) return null;
  const list = h('ul', { class: 'items' }, items.slice(0, LIST_PAGE).map(itemLine));
  if (items.length <= LIST_PAGE) return list;
  let shown = LIST_PAGE;
  const more = h('button', { type: 'button', class: 'link' }, moreLabel(items.length - shown, t));
  more.addEventListener('click', () => {
    const next = items.slice(shown, shown + LIST_PAGE);
    list.append(...next.map(itemLine));
    shown += next.length;
    if (shown >= items.length) more.remove();
    else more.textContent = moreLabel(items.length - shown, t);
    list.children[shown - next.length]?.setAttribute('tabindex', '-1');
    list.children[shown - next.length]?.focus();
  });
  return h('div', { class: 'list' }, list, more);
}

function moreLabel(rest, t) {
  return `${t('showMore')} (${rest})`;
}

function sourceView(source, t) {
  return h(
    'div',
    { class: 'source' },
    h('p', { class: 'source-place' }, `${t('source')}: ${source.document}, ${source.locator}`),
    h('details', {}, h('summary', {}, t('showSource')), h('blockquote', { class: 'quote' }, paragraphs(source.quote))),
  );
}

function followUpsView(suggestions, onAsk, t) {
  if (suggestions.length === 0) return null;
  return h(
    'div',
    { class: 'followups', role: 'group', 'aria-label': t('followUps') },
    h('p', { class: 'followups-label' }, `${t('followUps')}:`),
    suggestions.map((q) => h('button', { type: 'button', class: 'chip', onclick: () => onAsk(q) }, q)),
  );
}
