/** Citations: a document's short title and a place in it, in the answer's language, with the quoted raw text. */
import { knownDocument } from '../documents/catalogue.js';
import type { Source } from '../knowledge/model.js';
import type { Citation, Language } from './reply.js';

/** Latvian forms of the English locators the parsers write ("measure 4.4.5" → "4.4.5. pasākums"). */
const LATVIAN_LOCATORS: [RegExp, string][] = [
  [/^measure (\S+)$/, '$1. pasākums'],
  [/^unnumbered row before measure (\S+)$/, 'rinda bez numura pirms $1. pasākuma'],
  [/^task (\d+\.\d+)$/, '$1. uzdevums'],
  [/^task (\d+)$/, '$1. uzdevums'],
  [/^task (\d+(?:\.\d+)+)$/, '$1. uzdevums'],
  [/^table (\d+), row (\d+)$/, '$1. tabula, $2. rinda'],
  [/^table (\d+)$/, '$1. tabula'],
  [/^activity (\S+)$/, '$1. pasākums'],
  [/^section (\d\S*)$/, '$1. nodaļa'],
  [/^section “(.+)”$/, 'sadaļa “$1”'],
  [/^section (.+)$/, 'sadaļa “$1”'],
  [/^subgroup (\d+)$/, '$1. apakšgrupa'],
  [/^group (\d+)$/, '$1. darba grupa'],
  [/^standing group$/, 'pastāvīgā darba grupa'],
  [/^direction (\d+) policy results$/, '$1. rīcības virziena politikas rezultāti'],
  [/^direction (\d+)$/, '$1. rīcības virziens'],
  [/^policy results$/, 'politikas rezultāti'],
  [/^abbreviation (.+)$/, 'saīsinājums $1'],
  [/^unit (.+)$/, '$1'],
  [/^project (.+)$/, 'projekts Nr. $1'],
  [/^introduction$/, 'ievads'],
  [/^summary$/, 'kopsavilkums'],
  [/^signature$/, 'paraksts'],
  [/^total$/, 'kopējais finansējums'],
  [/^goals$/, 'mērķi'],
  [/^structure$/, 'struktūra'],
];

export function locator(source: Source, lang: Language): string {
  if (lang === 'en') return source.locator;
  for (const [pattern, replacement] of LATVIAN_LOCATORS) {
    if (pattern.test(source.locator)) return source.locator.replace(pattern, replacement);
  }
  return source.locator;
}

export function documentTitle(source: Source, lang: Language): string {
  return knownDocument(source.document)?.short[lang] ?? source.title?.[lang] ?? source.document;
}

/** "Plāns 2022–2025, 4.4.5. pasākums" / "Plan 2022–2025, measure 4.4.5". */
export function place(source: Source, lang: Language): string {
  return `${documentTitle(source, lang)}, ${locator(source, lang)}`;
}

export function cite(source: Source, lang: Language, quoteText = source.raw): Citation {
  return {
    document: source.document,
    title: documentTitle(source, lang),
    locator: locator(source, lang),
    quote: quoteText,
  };
}
