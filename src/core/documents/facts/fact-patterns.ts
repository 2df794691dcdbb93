/**
 * The spellings of the values running text states, by kind. They are tried in order and each match is masked
 * before the next kind is tried: a law's date ("2024. gada 9. janvāra noteikumi Nr. 13") is not also a date, a
 * period's years are not also years, an amount's digits are not also a count.
 *
 * Lookarounds stand in for `\b`: with Latvian letters (`ā`, `ē` …) `\b` sees a boundary inside a word.
 */
import type { FactKind } from '../../knowledge/model.js';
import { NUMBER_WORD } from './number-words.js';

const MONTH = '(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)\\p{L}*';
const YEAR = '(?:19|20)\\d{2}\\.?\\s*gad\\p{L}*';
/** A point in time finer than a year: a quarter, a half, a day, a month. */
const DATED = [
  `${YEAR}\\s*\\d\\.\\s*(?:cet\\.|ceturksn\\p{L}*|pusgad\\p{L}*)`,
  `${YEAR}\\s*\\d{1,2}\\.\\s*${MONTH}`,
  `${YEAR}\\s+${MONTH}`,
  '\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}\\.?',
  '\\d{1,2}\\.(?:19|20)\\d{2}\\.?',
  '(?:19|20)\\d{2}\\/\\d',
].join('|');
const POINT = `${DATED}|${YEAR}`;
const START = '(?<![\\p{L}\\d.,/])';
const END = '(?![\\p{L}\\d])';
/** A number as the documents write a count: digits, thousands with a space, or a word ("sešas"). */
const COUNT_NUMBER = `(?:\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d{1,4}|${NUMBER_WORD})`;
const QUALIFIER = '(?:(?:vismaz|līdz|aptuveni|apmēram|kopā|kopumā|indikatīvi|ne vairāk kā|ne vairāk par)\\s+)?';
/** A unit of time in any case: "stundas", "gadu", "gados", "nedēļās", "ceturksnī". */
const TIME_UNIT =
  'stund\\p{L}*|gad(?:u|iem|i|us|os|ā)|mēneš\\p{L}*|mēnes(?:ī|i)|nedēļ\\p{L}*|dien(?:ām|as|u|os|ā)|minūt\\p{L}*|ceturksn\\p{L}*';
const QUOTED = '[“"„][^”“"]{2,120}[”“"]';
const LAW_NAME = '\\p{Lu}\\p{Ll}+\\s+(?:\\p{Ll}+\\s+){0,3}likum\\p{L}*';

export interface Pattern {
  kind: FactKind;
  re: RegExp;
}

const p = (kind: FactKind, source: string): Pattern => ({ kind, re: new RegExp(source, 'gu') });

export const PATTERNS: Pattern[] = [
  p('place', '[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}'),
  p('place', 'https?:\\/\\/[^\\s<>"“”;,]+[^\\s<>"“”;,.)]'),
  p('place', '(?<![\\p{L}\\d./@:-])[a-z\\d][a-z\\d-]*(?:\\.[a-z\\d-]+)*\\.(?:lv|com|eu|org)(?![\\p{L}\\d-])'),
  p('place', `(?:tīmekļvietnes|mājaslapas|vietnes)\\s+sadaļ\\p{L}*\\s+${QUOTED}`),
  p(
    'law',
    `${LAW_NAME}\\s+\\d+(?:\\.\\d+)?\\.?\\s*pant\\p{L}*(?:\\s+(?:\\p{Ll}+|\\d+\\.)\\s+daļ\\p{L}*)?(?:\\s+\\d+\\.\\s*punkt\\p{L}*)?`,
  ),
  p(
    'law',
    `Ministru\\s+kabineta\\s+(?:${YEAR}\\s+\\d{1,2}\\.\\s*\\p{L}+\\s+)?noteikum\\p{L}*\\s+Nr\\.\\s*\\d+(?:\\s+${QUOTED})?`,
  ),
  p('law', `${LAW_NAME}(?=\\s|[,.;)]|$)`),
  p('organisation', `(?:SIA|AS|[Bb]iedrīb\\p{L}*|[Nn]odibinājum\\p{L}*)\\s+${QUOTED}`),
  p('organisation', '\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\s+\\p{L}+\\s+\\(turpmāk\\s*[–-]\\s*\\p{Lu}{2,}\\)'),
  p('amount', `${START}\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?\\s*(?:EUR|euro|eiro)${END}`),
  p('percentage', `${START}\\d+(?:,\\d+)?\\s*(?:%|procent\\p{L}*)`),
  p('period', `(?:[Nn]o\\s+)?(?:${POINT})\\s+(?:un\\s+\\p{L}+\\s+)?(?:līdz|[–-])\\s+(?:${POINT})`),
  p('period', `(?:${POINT})\\s*[–-]\\s*(?:${POINT})`),
  p('period', `[Ll]īdz\\s+(?:${POINT})`),
  p('date', `(?:${DATED})`),
  p('year', `(?:[Kk]opš\\s+)?${START}${YEAR}`),
  p(
    'time',
    '(?:(?:darba\\s+dienās|\\p{L}+dienās)\\s+)?(?:no\\s+)?(?:plkst\\.\\s*)?\\d{1,2}:\\d{2}\\s*[-–]\\s*(?:plkst\\.\\s*)?\\d{1,2}:\\d{2}',
  ),
  p('time', '(?:visu\\s+diennakti|\\d{1,2}\\s+stundas\\s+diennaktī)'),
  p(
    'frequency',
    `(?:ik\\s+pēc|ne\\s+retāk\\s+kā\\s+reizi|reizi)\\s+(?:(?:\\d{1,3}|${NUMBER_WORD})\\s+)?(?:${TIME_UNIT})${END}|(?:ik|katru)\\s+(?:gadu|mēnesi|nedēļu|dienu)${END}`,
  ),
  p('duration', `${START}(?:\\d{1,3}|${NUMBER_WORD})\\s+(?:akadēmisk\\p{L}*\\s+)?(?:${TIME_UNIT})${END}(?:\\s+laikā)?`),
  p('place', '(?:dažādos|visos)\\s+Latvijas\\s+(?:plānošanas\\s+)?reģionos|(?:attālināti|tiešsaistē|klātienē)'),
];

/**
 * A count: a number and the words it counts ("vismaz 200 bērniem ar …", "12 (divpadsmit) BAS"). The number must not
 * be part of an id, a decimal, a list marker or a longer number ("4.3.6.5/1/24", "1)", "116111").
 */
export const COUNT = new RegExp(
  `${QUALIFIER}(?<![\\p{L}\\d.,:/+–-]|Nr\\.\\s?)(${COUNT_NUMBER})(?![\\d.,:/)\\p{L}])(?:\\s*\\([^)]{1,40}\\))?\\s+((?:\\p{L}+(?:-\\p{L}+)?\\s?){1,5})`,
  'giu',
);

/** Words after a number that make it something other than a count: a date, a sum, a stop word. */
export const NOT_COUNTED = new RegExp(
  `^(?:${MONTH}|gad\\p{L}*|euro|eur|eiro|procent\\p{L}*|un|vai|līdz|no|ar|par|uz|pēc|ir|tūkst\\p{L}*)$`,
  'iu',
);
