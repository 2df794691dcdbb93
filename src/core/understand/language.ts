/**
 * Latvian or English, from the words of a question. Latvian is the default: a bare "4.4.5." or an ambiguous
 * question is answered in Latvian. Diacritics are strong evidence; so are each language's function words.
 */
import type { Language } from '../answer/reply.js';
import { fold } from '../text/fold.js';
import { foldedWords } from './cues.js';

const LATVIAN = new Set(
  (
    'kas ka kads kada kadi kadas kurs kura kuri kuras kuru kuriem kurai kuram kad cik vai ir ar par un no lidz ' +
    'uz pie ko kam kapec kur ja bet arī ari tas ta tie tā so sis sim si sie jau tikai vel ari nav ir bija bus ' +
    'atbildigs atbildiga atbildigais atbildigie atbild termins terminu pasakums pasakuma pasakumu uzdevums ' +
    'uzdevuma lidzatbildigas lidzatbildigie institucija institucijas iestade iestades grupa grupas apaksgrupa ' +
    'apaksgrupas vada vaditajs nozime nozimes saisinajums finansejums talrunis numurs e-pasts ' +
    'berni bernu gimene gimenes ziņojums zinojuma zinojuma plans plana programma programmas lūdzu ludzu paldies sveiki labdien ' +
    'atzimet atzime izpildits izpildita statuss statusu kopsavilkums kopsavilkumu kopsavilkuma pierakstit ' +
    'atrakstit kanalu kanals apstiprinat atcelt iestatijumi radit paradit'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'the a an of what who whom whose which when where why how is are was were be been does do did for and or ' +
    'in on at to from with by about this that these those it its their there can could would should will ' +
    'responsible responsable deadline measure mesure task tasks group subgroup lead leads leader stand stands ' +
    'mean means abbreviation funding much many contact phone email number helpline please thanks hello hi ' +
    'working plan report programme program children child family families institution ministry ' +
    'mark done status subscribe unsubscribe digest preview settings channel confirm cancel weekly'
  ).split(' '),
);

/** Latvian letters with diacritics. */
const LATVIAN_LETTERS = /[āčēģīķļņšūž]/giu;

export function detectLanguage(text: string): Language {
  // Diacritics count, but not much: an English question may name a Latvian institution ("Labklājības ministrija").
  const diacritics = Math.min(2, (text.match(LATVIAN_LETTERS) ?? []).length);
  let lv = diacritics;
  let en = 0;
  for (const word of foldedWords(fold(text))) {
    if (LATVIAN.has(word)) lv += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  return en > lv ? 'en' : 'lv';
}
