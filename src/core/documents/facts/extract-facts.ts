/**
 * Running text → facts: every hour, place, period, date, year, amount, percentage, count, duration, organisation
 * and law a passage states, with the clause it is said in, the sentence as its source and the subject the passage
 * belongs to. Pure; run at ingest over each document's passages.
 */
import type { DocumentExtract, FactKind, Passage, RunningFact } from '../../knowledge/model.js';
import { splitSentences } from '../passages.js';
import { parsePeriod } from '../period.js';
import { COUNT, NOT_COUNTED, PATTERNS } from './fact-patterns.js';
import { type SubjectOf, subjectResolver } from './fact-subjects.js';
import { numberValue } from './number-words.js';

interface Match {
  kind: FactKind;
  value: string;
  index: number;
  counted: string;
}

export function extractFacts(extract: DocumentExtract): RunningFact[] {
  const subjectOf = subjectResolver(extract);
  return [...extract.passages, ...resultPassages(extract)].flatMap((passage) => passageFacts(passage, subjectOf));
}

/**
 * The programme's results are lists, not passages, yet they state counts in words ("izveidoti trīs video
 * stāsti"): each result is read as a passage of its activity.
 */
function resultPassages(extract: DocumentExtract): Passage[] {
  return extract.activities.flatMap((a) =>
    a.results.map((text, i) => ({
      id: `${a.source.document}:result:${a.id}:${i}`,
      section: [a.title],
      text,
      source: { ...a.source, locator: `activity ${a.id}`, raw: text },
    })),
  );
}

function passageFacts(passage: Passage, subjectOf: SubjectOf): RunningFact[] {
  const subject = subjectOf(passage);
  return splitSentences(passage.text).flatMap((sentence) =>
    findValues(sentence).map((m) => toFact(m, sentence, passage, subject)),
  );
}

function toFact(m: Match, sentence: string, passage: Passage, subject: RunningFact['subject']): RunningFact {
  const fact: RunningFact = {
    kind: m.kind,
    value: m.value,
    counted: m.counted,
    clause: clauseAt(sentence, m.index, m.value.length),
    subject,
    source: { ...passage.source, raw: sentence },
  };
  const number = numberOf(m);
  if (number !== undefined) fact.number = number;
  if (m.kind === 'period' || m.kind === 'date') fact.period = parsePeriod(m.value);
  return fact;
}

/** The values of one sentence in the order they stand, each kind tried on what earlier kinds left unmasked. */
export function findValues(sentence: string): Match[] {
  let masked = sentence;
  const found: Match[] = [];
  const take = (kind: FactKind, index: number, text: string, counted = '') => {
    const value = text.replace(/[\s.,;:]+$/u, '');
    found.push({ kind, value, index, counted });
    masked = masked.slice(0, index) + ' '.repeat(text.length) + masked.slice(index + text.length);
  };
  for (const pattern of PATTERNS) {
    for (const m of [...masked.matchAll(pattern.re)]) take(pattern.kind, m.index ?? 0, m[0]);
  }
  for (const m of [...masked.matchAll(COUNT)]) {
    // "137 pedagogiem un 18 speciālistiem", "12 KiVa trenerus un apmācot …": what is counted ends at "un".
    const counted =
      (m[2] ?? '')
        .split(/\s+(?:un|vai|kā arī)\s+/u)[0]
        ?.trim()
        .replace(/(?:\s+(?:un|vai|ar|no|līdz|vismaz|apmēram|aptuveni))+$/u, '') ?? '';
    const first = counted.split(/\s+/u)[0] ?? '';
    if (!first || NOT_COUNTED.test(first)) continue;
    take('count', m.index ?? 0, m[0].slice(0, m[0].length - (m[2] ?? '').length), counted);
  }
  return found.sort((a, b) => a.index - b.index);
}

const NUMBER_KINDS = new Set<FactKind>(['count', 'amount', 'percentage', 'year']);

function numberOf(m: Match): number | undefined {
  if (!NUMBER_KINDS.has(m.kind)) return undefined;
  if (m.kind === 'year') return Number(/\d{4}/u.exec(m.value)?.[0]);
  const digits = /\d[\d\s\u00a0]*(?:,\d+)?/u.exec(m.value)?.[0]?.trim();
  if (digits) return numberValue(digits);
  const word = m.value.split(/\s+/u).find((w) => numberValue(w) !== undefined);
  return word ? numberValue(word) : undefined;
}

/**
 * The clause around a value: from the last ", " or ";" before it to the next one after it, outside brackets
 * ("amatpersonu skaits vienā grupā (grupu, komandu …) var būt ne vairāk par 12 personām" is one clause). A
 * decimal comma ("49,24") has no space after it, so it does not end a clause.
 */
function clauseAt(sentence: string, index: number, length: number): string {
  let start = 0;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || (ch === ',' && sentence[i + 1] === ' '))) {
      if (i < index) start = i + 1;
      else if (i >= index + length) return sentence.slice(start, i).trim();
    }
  }
  return sentence.slice(start).trim();
}
