/** The words answers are made of, in Latvian and English. Kept together so both languages stay in step. */
import type { Field } from '../understand/understanding.js';
import type { Language } from './reply.js';

const WORDS = {
  measure: { lv: 'pasākums', en: 'measure' },
  reportTask: { lv: 'uzdevums', en: 'task' },
  activity: { lv: 'pasākums', en: 'activity' },
  planTask: { lv: 'uzdevums', en: 'task' },
  direction: { lv: 'rīcības virziens', en: 'action direction' },
  responsible: { lv: 'Atbildīgā institūcija', en: 'Responsible' },
  responsibleMany: { lv: 'Atbildīgās institūcijas', en: 'Responsible' },
  coResponsible: { lv: 'Līdzatbildīgās institūcijas', en: 'Co-responsible' },
  cooperating: { lv: 'Sadarbībā ar', en: 'In cooperation with' },
  deadline: { lv: 'Termiņš', en: 'Deadline' },
  period: { lv: 'Periods', en: 'Period' },
  result: { lv: 'Darbības rezultāts', en: 'Result' },
  results: { lv: 'Rezultāti', en: 'Results' },
  indicator: { lv: 'Rezultatīvais rādītājs', en: 'Indicator' },
  measureText: { lv: 'Pasākums', en: 'Measure' },
  taskText: { lv: 'Darbība', en: 'Action' },
  status: { lv: 'Statuss', en: 'Status' },
  progress: { lv: 'Izpildes gaita', en: 'Progress' },
  funding: { lv: 'Finansējums', en: 'Funding' },
  runBy: { lv: 'Nodrošina un administrē', en: 'Provided and administered by' },
  leader: { lv: 'Vadītājs', en: 'Leader' },
  deputy: { lv: 'Vadītāja vietnieks', en: 'Deputy leader' },
  members: { lv: 'Sastāvs', en: 'Members' },
  purpose: { lv: 'Mērķis', en: 'Purpose' },
  tasks: { lv: 'Uzdevumi', en: 'Tasks' },
  footnote: { lv: 'Piezīme', en: 'Note' },
  done: { lv: 'izpildīts', en: 'done' },
  ongoing: { lv: 'izpilde turpinās', en: 'ongoing' },
  none: { lv: 'nav norādīta', en: 'none given' },
  emptyCell: { lv: 'šūna ir tukša', en: 'the cell is empty' },
  source: { lv: 'Avots', en: 'Source' },
  task: { lv: 'uzdevums', en: 'task' },
  group: { lv: 'darba grupa', en: 'working group' },
  subgroup: { lv: 'apakšgrupa', en: 'subgroup' },
  standingGroup: { lv: 'pastāvīgā darba grupa', en: 'standing working group' },
  abbreviation: { lv: 'saīsinājums', en: 'abbreviation' },
  unit: { lv: 'struktūrvienība', en: 'unit' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  email: { lv: 'E-pasts', en: 'E-mail' },
  web: { lv: 'Tīmekļvietne', en: 'Web site' },
  hours: { lv: 'Darba laiks', en: 'Hours' },
  total: { lv: 'Kopējais finansējums', en: 'Total funding' },
  euro: { lv: 'euro', en: 'euro' },
} as const;

export type WordKey = keyof typeof WORDS;

export function w(key: WordKey, lang: Language): string {
  return WORDS[key][lang];
}

/** "30 000" in Latvian, "30,000" in English. */
/** "283 239" in both languages: grouped by spaces, as the documents write sums (and as the SI style does). */
export function formatAmount(amount: number, _lang: Language): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** “quoted” in the typographic quotes both languages use in the documents. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** Cuts a text at a word boundary so that a list line or a title stays short; adds an ellipsis when it cut. */
export function shorten(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:–-]+$/u, '')}…`;
}

const FIELD_LABELS: Record<Field, WordKey> = {
  responsible: 'responsible',
  coResponsible: 'coResponsible',
  deadline: 'deadline',
  indicator: 'indicator',
  count: 'indicator',
  result: 'result',
  text: 'measureText',
  funding: 'funding',
  status: 'status',
  progress: 'progress',
  leader: 'leader',
  deputy: 'deputy',
  members: 'members',
  purpose: 'purpose',
  tasks: 'tasks',
};

export function fieldLabel(field: Field, lang: Language): string {
  return w(FIELD_LABELS[field], lang);
}
