/**
 * Stop words: function words that carry no search meaning, dropped at index and query time alike. Lists are
 * written with diacritics for review and folded once at load, because the analyzer compares folded words.
 */
import { fold } from './fold.js';

/**
 * Latvian stop words after Lucene's `lv/stopwords.txt`, which Jacques Savoy compiled (BSD licence) from
 * Kārlis Krēsliņš' list of 800+ forms, with pronouns, adverbs and interjections removed. Written here from the
 * published categories; it contains "ir", "var", "būs" and "tikai".
 */
export const LATVIAN_STOPWORDS: readonly string[] = [
  // prepositions
  'aiz ap ar apakš ārpus augšpus bez caur dēļ gar iekš iz kopš labad lejpus līdz no otrpus pa par pār pēc pie',
  'pirms pret priekš starp šaipus uz viņpus virs virspus zem apakšpus',
  // conjunctions
  'un bet jo ja ka lai tomēr tikko turpretī arī kaut gan tādēļ tā ne tikvien vien kā ir te vai kamēr',
  // particles
  'diezin droši diemžēl nebūt ik it taču nu pat tiklab iekšpus nedz tik nevis turpretim jeb iekam iekām',
  'iekāms kolīdz līdzko tiklīdz jebšu tālab tāpēc nekā itin jā jau jel nē nezin tad tikai vis tak iekams',
  // forms of būt, tikt, tapt, kļūt
  'būt biju biji bija bijām bijāt esmu esi esam esat būšu būsi būs būsim būsiet',
  'tikt tiku tiki tika tikām tikāt tieku tiec tiek tiekam tiekat tikšu tiks tiksim tiksiet',
  'tapt tapi tapāt topat tapšu tapsi taps tapsim tapsiet',
  'kļūt kļuvu kļuvi kļuva kļuvām kļuvāt kļūstu kļūsti kļūst kļūstam kļūstat kļūšu kļūsi kļūs kļūsim kļūsiet',
  // forms of varēt
  'varēt varēju varējām varēšu varēsim var varēji varējāt varēsi varēsiet varat varēja varēs',
].flatMap(words);

/**
 * Question words and pronouns: not in Savoy's list (it removed pronouns), added because users phrase questions
 * with them ("Kas ir atbildīgs par …?", "Kāds ir termiņš?") and they would otherwise match every passage.
 * "es" is left out on purpose: folded it is also ES, the European Union.
 */
export const LATVIAN_QUESTION_WORDS: readonly string[] = [
  'kas ko kam kur kad cik kāpēc kādēļ kurš kura kuru kuri kuras kurā kuram kurai kuriem kurām',
  'kāds kāda kādu kādi kādas kādā kādam kādai kādiem kādām',
  'šis šī šo šie šīs šajā šā tas to tie tās tam tai tiem tām tajā savs sava savu',
  'viņš viņa viņi viņas mēs jūs man mums jums',
].flatMap(words);

/** Questions also come in English; these words never help to find a Latvian passage. */
export const ENGLISH_STOPWORDS: readonly string[] = [
  'a an the of in on at by to for from with about into over under between and or but not no nor if then',
  'is are was were be been being am do does did has have had will would shall should can could',
  'what which who whom whose when where why how there here this that these those it its',
  'i me my we us our you your he him his she her they them their please tell',
].flatMap(words);

function words(line: string): string[] {
  return line.split(' ').filter((w) => w.length > 0);
}

const STOPWORDS: ReadonlySet<string> = new Set(
  [...LATVIAN_STOPWORDS, ...LATVIAN_QUESTION_WORDS, ...ENGLISH_STOPWORDS].map(fold),
);

/** Expects a folded word (see fold.ts): "būs" is looked up as "bus". */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
