/** The few words the Teams cards add around an answer or a digest, in the answer's language. */
import type { Language } from '../../core/answer/reply.js';

const WORDS = {
  lv: {
    source: 'Avots',
    showSource: 'Rādīt avotu',
    showMore: 'Rādīt vairāk',
    previous: 'Iepriekšējie',
    items: (from: number, to: number, total: number) => `${from}.–${to}. no ${total}`,
    daysLeft: (n: number) => (n === 0 ? 'šodien' : n > 0 ? `pēc ${n} d.` : `nokavēts ${-n} d.`),
    error: 'Atvainojiet, neizdevās atbildēt. Lūdzu, mēģiniet vēlreiz.',
    expired: 'Šī atbilde vairs nav pieejama; lūdzu, uzdodiet jautājumu vēlreiz.',
  },
  en: {
    source: 'Source',
    showSource: 'Show source',
    showMore: 'Show more',
    previous: 'Previous',
    items: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    daysLeft: (n: number) => (n === 0 ? 'today' : n > 0 ? `in ${n} d.` : `${-n} d. overdue`),
    error: 'Sorry, I could not answer. Please try again.',
    expired: 'This answer is no longer available; please ask the question again.',
  },
} as const;

export function cardWords(lang: Language) {
  return WORDS[lang];
}
