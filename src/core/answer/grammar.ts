/**
 * Number agreement in generated phrases. Latvian: a number ending in 1 (but not 11) takes the singular
 * ("1 pasākums", "21 pasākums", "11 pasākumi", "2 pasākumi"); English: only 1 does.
 */
import type { Language } from './reply.js';

export interface Noun {
  one: string;
  many: string;
}

export function takesSingular(n: number, lang: Language): boolean {
  if (lang === 'en') return n === 1;
  return n % 10 === 1 && n % 100 !== 11;
}

/** "1 plāna pasākums", "5 plāna pasākumi", "1 plan measure". */
export function counted(n: number, noun: Noun, lang: Language): string {
  return `${n} ${takesSingular(n, lang) ? noun.one : noun.many}`;
}

/** The past participle after a count: "Atrasts 1", "Atrasti 21"… Latvian agrees in number, English does not. */
export function agree(n: number, forms: Noun, lang: Language): string {
  return takesSingular(n, lang) ? forms.one : forms.many;
}

export const NOUNS = {
  measure: {
    lv: { one: 'plāna pasākums', many: 'plāna pasākumi' },
    en: { one: 'plan measure', many: 'plan measures' },
  },
  reportTask: {
    lv: { one: 'ziņojuma uzdevums', many: 'ziņojuma uzdevumi' },
    en: { one: 'report task', many: 'report tasks' },
  },
  activity: {
    lv: { one: 'valsts programmas pasākums', many: 'valsts programmas pasākumi' },
    en: { one: 'state programme activity', many: 'state programme activities' },
  },
  member: { lv: { one: 'loceklis', many: 'locekļi' }, en: { one: 'member', many: 'members' } },
  group: { lv: { one: 'darba grupā', many: 'darba grupās' }, en: { one: 'working group', many: 'working groups' } },
} satisfies Record<string, Record<Language, Noun>>;
