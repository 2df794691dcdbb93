/**
 * Which kind of fact a question asks for, from its question words ("kad", "cik", "kur", "kurš likums", "which
 * company"), Latvian and English, compared folded. Only a question that asks for a kind of value is answered from
 * the running-text facts; the rest go their usual way.
 */
import type { FactKind } from '../../knowledge/model.js';
import { analyze } from '../../text/analyze.js';
import { fold } from '../../text/fold.js';

export type FactCue =
  | 'time'
  | 'when'
  | 'duration'
  | 'frequency'
  | 'percentage'
  | 'amount'
  | 'count'
  | 'place'
  | 'organisation'
  | 'law';

export interface AskedFact {
  cue: FactCue;
  kinds: FactKind[];
  /** Where the question word ends: the words after it ("cik **bērniem**") name what is counted. */
  after: string;
  /** The index terms of the question words themselves ("datuma", "likuma pants"): they ask, they are not content. */
  cueTerms: string[];
}

/** `kinds` in the order they answer best: a period before a date before a bare year. */
interface CueRule {
  cue: FactCue;
  kinds: FactKind[];
  re: RegExp;
}

/** In order: the first that matches decides ("cik ilgi" is a duration before it is a count). */
const RULES: CueRule[] = [
  {
    cue: 'law',
    kinds: ['law'],
    re: /\b(?:kur(?:s|a|i|u) likum\p{L}*|kads likums|kur(?:s|a) pant\p{L}*|kura panta|tiesisk\p{L}* pamat\p{L}*|kuri noteikumi|kadi noteikumi|legal basis|(?:which|what) (?:\p{L}+ )?(?:law|section of the law|article|regulations?))\b/u,
  },
  {
    cue: 'organisation',
    kinds: ['organisation'],
    re: /\b(?:kur(?:s|a|am|ai) (?:uznemum|organizacij|biedrib|nodibinajum|firm)\p{L}*|kads uznemums|kas istenos|which (?:company|organi[sz]ation|firm|society|foundation|ngo|association)|what (?:company|organi[sz]ation))\b/u,
  },
  {
    cue: 'percentage',
    kinds: ['percentage'],
    re: /\b(?:cik (?:procent\p{L}*|liela dala)|kad(?:s|u) procent\p{L}*|kada dala|what (?:percentage|percent|share|proportion)|which percentage|how many percent)/u,
  },
  {
    cue: 'amount',
    kinds: ['amount', 'percentage'],
    re: /\b(?:cik (?:naudas|eiro|euro|eur|maksa)|kada (?:ir )?likme|kads (?:ir )?apmers|cik liel\p{L}*|cik finansejum\p{L}*|how much|what (?:rate|amount|sum))\b/u,
  },
  {
    cue: 'frequency',
    kinds: ['frequency'],
    re: /\b(?:cik biezi|how often|how frequently|ik pec cik\p{L}*|cik reizes)\b/u,
  },
  {
    cue: 'duration',
    kinds: ['duration', 'period'],
    re: /\b(?:cik ilg\p{L}*|how long|cik (?:\p{L}+ )?(?:stund|gad|menes|nedel)\p{L}*|how many (?:\p{L}+ )?(?:hours|years|months|weeks))\b/u,
  },
  {
    cue: 'time',
    kinds: ['time'],
    re: /\b(?:darba laik\p{L}*|cikos|what time|opening hours|hours)\b|\b(?:kad|when)\b.{0,30}\b(?:strada|zvanit|var zvan\p{L}*|call|open)\b/u,
  },
  {
    cue: 'when',
    kinds: ['period', 'date', 'year'],
    // "Kad sākas / beidzas …?" asks the period itself: the verb goes with the question word.
    re: /\b(?:kad(?: (?:tiks|tika|ir|bus))?(?: (?:sak|uzsak|beidz|nobeidz|pabeig|nosledz|sakas|beidzas)\p{L}*)?|(?:kops|no) kura (?:datuma|laika|gada|bridza)|kops|istenosanas (?:laik|period)\p{L}*|kura (?:datuma|gada)|kuram (?:datumam|gadam)|lidz kuram|when|since when|until when|by when|(?:in )?what (?:date|year)|which (?:date|year)|from (?:what|which) date)\b/u,
  },
  {
    cue: 'count',
    kinds: ['count'],
    re: /\b(?:cik|how many|kads skaits|what number of|the number of)\b/u,
  },
  {
    cue: 'place',
    kinds: ['place'],
    re: /\b(?:kur|where|kura (?:sadala|vietne|timeklvietn\p{L}*|majaslap\p{L}*)|kuras pilsetas|kuros regionos|which (?:section|site|website|web page|page|cities|city|regions))\b/u,
  },
];

/**
 * Every kind of value the question asks for, in the order it asks ("Cik nodarbībās … un cik ilga …?" asks a
 * count, then a duration). A rule earlier in the list wins where two match the same words.
 */
export function askedFacts(text: string): AskedFact[] {
  const folded = fold(text);
  const taken: { start: number; end: number; asked: AskedFact }[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(new RegExp(rule.re.source, 'gu'))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => (start < t.end && end > t.start) || t.asked.cue === rule.cue)) continue;
      // "Kurš likuma pants …?": which kind of law (a law's article, a regulation) is content, not a question word.
      const cueTerms = rule.cue === 'law' ? [] : analyze(m[0]);
      const asked = { cue: rule.cue, kinds: rule.kinds, after: folded.slice(end), cueTerms };
      taken.push({ start, end, asked });
    }
  }
  return taken.sort((a, b) => a.start - b.start).map((t) => t.asked);
}

export function askedFact(text: string): AskedFact | undefined {
  return askedFacts(text)[0];
}

/** How each kind is named in an answer's label, and in "… is not stated" (with the noun's gender in Latvian). */
export const FACT_WORDS: Record<FactCue, { lv: string; en: string; lvMissing: string }> = {
  time: { lv: 'Laiks', en: 'Hours', lvMissing: 'laiks nav norādīts' },
  when: { lv: 'Laiks', en: 'When', lvMissing: 'laiks nav norādīts' },
  duration: { lv: 'Ilgums', en: 'Duration', lvMissing: 'ilgums nav norādīts' },
  frequency: { lv: 'Biežums', en: 'How often', lvMissing: 'biežums nav norādīts' },
  percentage: { lv: 'Procenti', en: 'Percentage', lvMissing: 'procenti nav norādīti' },
  amount: { lv: 'Summa', en: 'Amount', lvMissing: 'summa nav norādīta' },
  count: { lv: 'Skaits', en: 'Number', lvMissing: 'skaits nav norādīts' },
  place: { lv: 'Vieta', en: 'Where', lvMissing: 'vieta nav norādīta' },
  organisation: { lv: 'Organizācija', en: 'Organisation', lvMissing: 'organizācija nav norādīta' },
  law: { lv: 'Tiesiskais pamats', en: 'Legal basis', lvMissing: 'tiesiskais pamats nav norādīts' },
};
