// The chat: the question form (Enter sends, Shift+Enter breaks the line), the conversation log, and one
// conversation id per browser tab so that follow-up questions know their subject.
import { answerView } from './answer-view.js';
import { clear, h } from './dom.js';
import { EXAMPLES, lang, onLanguageChange, t } from './i18n.js';

function freshId() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`.replace('.', '');
}

function conversationId() {
  try {
    let id = window.sessionStorage.getItem('conversation');
    if (!id) {
      id = freshId();
      window.sessionStorage.setItem('conversation', id);
    }
    return id;
  } catch {
    // sessionStorage can be blocked in a third-party iframe: this page load keeps its own id.
    return freshId();
  }
}

async function fetchAnswer(text, conversation) {
  const response = await fetch('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, conversation }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

const who = (key) => h('p', { class: 'who' }, t(key));

/** Returns ask(question): shows the question, then the answer (or the failure) in its place. */
function asker(log, form) {
  const conversation = conversationId();
  let busy = false;
  const ask = async (question) => {
    const text = question.trim();
    if (!text || busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    log.append(h('li', { class: 'message user' }, who('you'), h('p', {}, text)));
    const answer = h('li', { class: 'message bot pending' }, who('assistant'), t('thinking'));
    log.append(answer);
    try {
      answer.replaceChildren(who('assistant'), answerView(await fetchAnswer(text, conversation), ask));
    } catch {
      answer.replaceChildren(who('assistant'), h('p', { class: 'error' }, t('askFailed')));
    } finally {
      answer.classList.remove('pending');
      busy = false;
      form.removeAttribute('aria-busy');
      answer.scrollIntoView({ block: 'nearest' });
    }
  };
  return ask;
}

export function startChat() {
  const form = document.getElementById('ask-form');
  const input = document.getElementById('question');
  const ask = asker(document.getElementById('messages'), form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    void ask(text);
    input.focus();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  const examples = document.getElementById('examples');
  const showExamples = () => {
    const chip = (q) => h('button', { type: 'button', class: 'chip', onclick: () => ask(q) }, q);
    clear(examples).append(...EXAMPLES[lang()].map(chip));
  };
  showExamples();
  onLanguageChange(showExamples);
}
