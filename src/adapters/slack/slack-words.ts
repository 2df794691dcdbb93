/** What the Slack adapter itself says, in Latvian and English; answers come from the core in their own language. */
import type { Language } from '../../core/answer/reply.js';

const WORDS = {
  question: { lv: 'Jautājums', en: 'Question' },
  source: { lv: 'Avots', en: 'Source' },
  sources: { lv: 'Avoti', en: 'Sources' },
  showSource: { lv: 'Rādīt avotu', en: 'Show source' },
  publish: { lv: 'Publicēt kanālā', en: 'Post to channel' },
  next: { lv: 'Nākamie', en: 'Next' },
  previous: { lv: 'Iepriekšējie', en: 'Previous' },
  helpful: { lv: 'Noderīga atbilde', en: 'Helpful answer' },
  notHelpful: { lv: 'Nav noderīga', en: 'Not helpful' },
  thanks: { lv: 'Paldies par atsauksmi!', en: 'Thank you for the feedback!' },
  cut: { lv: 'Atbilde ir saīsināta; jautājiet konkrētāk.', en: 'The answer was shortened; ask more precisely.' },
  expired: {
    lv: 'Šī atbilde vairs nav atmiņā; lūdzu, pajautājiet vēlreiz.',
    en: 'This answer is no longer in memory; please ask again.',
  },
} as const;

export type SlackWord = keyof typeof WORDS;

export function sw(key: SlackWord, lang: Language): string {
  return WORDS[key][lang];
}

/** "11.–20. no 52" / "11–20 of 52". */
export function pageRange(from: number, to: number, total: number, lang: Language): string {
  return lang === 'lv' ? `${from}.–${to}. no ${total}` : `${from}–${to} of ${total}`;
}

/** What a bare mention, an empty DM or `/jautat` alone asks: what the assistant can do. */
export const HELP_QUESTION = 'Ko tu proti?';

/** Notices that go to people before their language is known: both languages, Latvian first. */
export const BILINGUAL = {
  rateLimited:
    'Lūdzu, mazliet uzgaidiet: pēdējā minūtē esat uzdevis daudz jautājumu. Pēc brīža atbildēšu atkal.\n' +
    'Please wait a moment: you have asked many questions in the last minute. I will answer again shortly.',
  notInChannel:
    'Nevaru publicēt šajā kanālā: vispirms pievienojiet mani kanālam (/invite).\n' +
    'I cannot post in this channel: add me to it first (/invite).',
  published: 'Publicēts kanālā. / Posted to the channel.',
} as const;

/** A short apology with the error id that the log has the details under. */
export function apology(errorId: string): string {
  return (
    `Atvainojiet, radās kļūda, un es nevarēju atbildēt (kļūdas kods: ${errorId}).\n` +
    `Sorry, something went wrong and I could not answer (error id: ${errorId}).`
  );
}
