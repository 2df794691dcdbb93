// The page's own words in Latvian (the default) and English. Answers come in the language of the question.

const WORDS = {
  lv: {
    title: 'Darba grupas asistents',
    subtitle: 'Bērnu, jaunatnes un ģimenes politikas darba grupa',
    skipToQuestion: 'Pāriet uz jautājumu',
    sections: 'Sadaļas',
    navChat: 'Saruna',
    navDeadlines: 'Termiņi',
    navDigests: 'Kopsavilkumi',
    language: 'Valoda',
    chatTitle: 'Jautājiet par dokumentiem',
    chatIntro:
      'Atbildes ir tikai no darba grupas dokumentiem, ar atsauci uz avotu. Ja dokumentos atbildes nav, asistents to pasaka.',
    examples: 'Piemēri',
    conversation: 'Saruna',
    questionLabel: 'Jūsu jautājums',
    questionPlaceholder: 'Piemēram: Kas ir atbildīgs par 4.4.5. pasākumu?',
    questionHint: 'Enter — sūtīt, Shift+Enter — jauna rinda.',
    send: 'Sūtīt',
    you: 'Jūs',
    assistant: 'Asistents',
    thinking: 'Meklēju dokumentos…',
    askFailed: 'Neizdevās saņemt atbildi. Lūdzu, mēģiniet vēlreiz.',
    notFound: 'Dokumentos atbildes nav',
    source: 'Avots',
    showSource: 'Rādīt avotu',
    showMore: 'Rādīt vairāk',
    followUps: 'Varat jautāt arī',
    deadlinesTitle: 'Termiņu pārskats',
    institution: 'Institūcija',
    group: 'Darba grupa',
    document: 'Dokuments',
    bucket: 'Stāvoklis',
    horizon: 'Skatīties uz priekšu (dienas)',
    allFeminine: 'Visas',
    allMasculine: 'Visi',
    'group-overdue': () => 'Nokavēts',
    'group-due-soon': (days) => `Termiņš ${withinLv(days)}`,
    'group-starting-soon': () => 'Drīz sākas',
    'group-later': () => 'Vēlāk',
    'group-done': () => 'Izpildīts',
    showMoreRows: (n, rest) => `Rādīt vēl ${n} (atlikuši ${rest})`,
    counts: 'Skaits pēc stāvokļa',
    colItem: 'Pasākums / uzdevums',
    colOwners: 'Atbildīgie',
    colDeadline: 'Termiņš',
    colDays: 'Stāvoklis',
    colSource: 'Avots',
    coResponsible: 'līdzatbildīgie',
    shown: (n, total, today) => `Rādīti ${n} no ${total} · stāvoklis ${today}`,
    noRows: 'Nekas neatbilst izvēlētajiem filtriem.',
    loadFailed: 'Neizdevās ielādēt termiņus.',
    daysLeft: (n) => (n === 0 ? 'šodien' : n > 0 ? `pēc ${n} d.` : `nokavēts ${-n} d.`),
    startsIn: (n) => (n === 0 ? 'sākas šodien' : `sākas pēc ${n} d.`),
    digestsTitle: 'Lokālais kanāls: termiņu kopsavilkumi',
    digestsUnavailable: 'Kopsavilkumu vēl nav: lokālais kanāls vēl nav ieslēgts.',
    digestsNone: 'Kopsavilkumu vēl nav. Tie parādīsies šeit, kad plānotājs tos publicēs.',
    postedAt: 'Publicēts',
    preview: 'Priekšskatījums',
    previewNote: 'Neviens kopsavilkums šeit vēl nav publicēts; tā izskatītos kopsavilkums, ja to sūtītu tagad.',
    teamsContext: 'Teams',
    navDocuments: 'Dokumenti',
    documentsTitle: 'Pievienotie dokumenti',
    documentsIntro:
      'Bez piecu pamatdokumentu asistents zina arī šeit pievienotos (.docx, .txt vai .md). PDF saglabājiet kā .docx.',
    documentsNone: 'Vēl nav pievienots neviens dokuments.',
    documentsUnavailable: 'Dokumentu saraksts nav pieejams.',
    documentFile: 'Fails',
    documentAdd: 'Augšupielādēt',
    documentAdding: 'Lasu dokumentu…',
    documentAdded: (title) => `Pievienots: ${title}`,
    documentRemove: 'Noņemt',
    documentRemoved: (title) => `Noņemts: ${title}`,
    documentFound: 'Atrasts',
    documentWarnings: 'Brīdinājumi',
    documentTry: 'Pamēģiniet',
    documentProblem: 'Nevar nolasīt',
    documentFailed: 'Neizdevās',
  },
  en: {
    title: 'Working group assistant',
    subtitle: 'Children, youth and family policy working group',
    skipToQuestion: 'Skip to the question',
    sections: 'Sections',
    navChat: 'Chat',
    navDeadlines: 'Deadlines',
    navDigests: 'Digests',
    language: 'Language',
    chatTitle: 'Ask about the documents',
    chatIntro:
      'Answers come only from the working group’s documents, with the source cited. If the documents do not answer, the assistant says so.',
    examples: 'Examples',
    conversation: 'Conversation',
    questionLabel: 'Your question',
    questionPlaceholder: 'For example: Who is responsible for measure 4.4.5?',
    questionHint: 'Enter sends, Shift+Enter starts a new line.',
    send: 'Send',
    you: 'You',
    assistant: 'Assistant',
    thinking: 'Searching the documents…',
    askFailed: 'Could not get an answer. Please try again.',
    notFound: 'Not in the documents',
    source: 'Source',
    showSource: 'Show source',
    showMore: 'Show more',
    followUps: 'You can also ask',
    deadlinesTitle: 'Deadline dashboard',
    institution: 'Institution',
    group: 'Working group',
    document: 'Document',
    bucket: 'State',
    horizon: 'Look ahead (days)',
    allFeminine: 'All',
    allMasculine: 'All',
    'group-overdue': () => 'Overdue',
    'group-due-soon': (days) => `Due ${withinEn(days)}`,
    'group-starting-soon': () => 'Starting soon',
    'group-later': () => 'Later',
    'group-done': () => 'Done',
    showMoreRows: (n, rest) => `Show ${n} more (${rest} left)`,
    counts: 'Count by state',
    colItem: 'Measure / task',
    colOwners: 'Owners',
    colDeadline: 'Deadline',
    colDays: 'State',
    colSource: 'Source',
    coResponsible: 'co-responsible',
    shown: (n, total, today) => `Showing ${n} of ${total} · as of ${today}`,
    noRows: 'Nothing matches the chosen filters.',
    loadFailed: 'Could not load the deadlines.',
    daysLeft: (n) => (n === 0 ? 'today' : n > 0 ? `in ${n} d.` : `${-n} d. overdue`),
    startsIn: (n) => (n === 0 ? 'starts today' : `starts in ${n} d.`),
    digestsTitle: 'Local channel: deadline digests',
    digestsUnavailable: 'No digests yet: the local channel is not switched on yet.',
    digestsNone: 'No digests yet. They will appear here when the scheduler posts them.',
    postedAt: 'Posted',
    preview: 'Preview',
    previewNote: 'No digest has been posted here yet; this is how a digest sent now would look.',
    teamsContext: 'Teams',
    navDocuments: 'Documents',
    documentsTitle: 'Added documents',
    documentsIntro:
      'Besides the five core documents the assistant knows those added here (.docx, .txt or .md). Save a PDF as .docx.',
    documentsNone: 'No document has been added yet.',
    documentsUnavailable: 'The list of documents is not available.',
    documentFile: 'File',
    documentAdd: 'Upload',
    documentAdding: 'Reading the document…',
    documentAdded: (title) => `Added: ${title}`,
    documentRemove: 'Remove',
    documentRemoved: (title) => `Removed: ${title}`,
    documentFound: 'Found',
    documentWarnings: 'Warnings',
    documentTry: 'Try asking',
    documentProblem: 'Cannot be read',
    documentFailed: 'Failed',
  },
};

export const EXAMPLES = {
  lv: ['Kas ir atbildīgs par 4.4.5. pasākumu?', 'Ko nozīmē VBTAI?', 'Kas vada 6. apakšgrupu?', 'Kas ir nokavēts?'],
  en: [
    'Who is responsible for measure 4.4.5?',
    'What does VBTAI stand for?',
    'Who leads subgroup 6?',
    'What is overdue?',
  ],
};

/** "4 nedēļu laikā", "10 dienu laikā": the horizon in weeks when it is whole weeks. */
function withinLv(days) {
  if (days % 7 === 0) return days === 7 ? '1 nedēļas laikā' : `${days / 7} nedēļu laikā`;
  return days === 1 ? '1 dienas laikā' : `${days} dienu laikā`;
}

function withinEn(days) {
  if (days % 7 === 0) return days === 7 ? 'within 1 week' : `within ${days / 7} weeks`;
  return days === 1 ? 'within 1 day' : `within ${days} days`;
}

const listeners = [];
let current = initialLanguage();

function initialLanguage() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'lv' || fromUrl === 'en') return fromUrl;
  try {
    const saved = window.localStorage.getItem('lang');
    if (saved === 'lv' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked inside a third-party iframe; Latvian is the default then.
  }
  return 'lv';
}

export function lang() {
  return current;
}

/** A word, or a phrase built from arguments when the entry is a function, in the page's language. */
export function t(key, ...args) {
  return tIn(current, key, ...args);
}

/** The same in a given language: an answer's labels follow the answer, not the page. */
export function tIn(language, key, ...args) {
  const words = WORDS[language] ?? WORDS.lv;
  const entry = words[key] ?? WORDS.lv[key] ?? key;
  return typeof entry === 'function' ? entry(...args) : entry;
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function setLanguage(next) {
  if (next !== 'lv' && next !== 'en') return;
  current = next;
  try {
    window.localStorage.setItem('lang', next);
  } catch {
    // Not saved: the choice still holds for this page.
  }
  applyWords(document);
  for (const listener of listeners) listener(next);
}

/** Fills every element marked data-i18n (text), data-i18n-placeholder and data-i18n-label (aria-label). */
export function applyWords(root) {
  document.documentElement.lang = current;
  document.title = t('title');
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const button of root.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === current));
  }
}
