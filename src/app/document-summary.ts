/**
 * What an ingested document gave, for the person who added it: counts per kind, warnings, and three example
 * questions (Latvian and English) built from what was found, so that they can be asked straight away.
 */
import type { GenericExtract } from '../core/documents/generic/generic-schema.js';
import { LIST_KEYS } from '../core/knowledge/knowledge.js';
import type { DocumentExtract } from '../core/knowledge/model.js';
import type { IngestedDocument } from './ingest-document.js';

export interface Question {
  lv: string;
  en: string;
}

export interface DocumentSummary {
  title: string;
  counts: { kind: string; count: number }[];
  warnings: string[];
  examples: Question[];
}

const NOUN = {
  measure: { acc: 'pasākumu', gen: 'pasākuma', en: 'measure' },
  task: { acc: 'uzdevumu', gen: 'uzdevuma', en: 'task' },
  activity: { acc: 'aktivitāti', gen: 'aktivitātes', en: 'activity' },
} as const;

export function summarise(doc: Exclude<IngestedDocument, { kind: 'failed' }>): DocumentSummary {
  return doc.kind === 'known' ? knownSummary(doc.extract) : genericSummary(doc.extract);
}

function genericSummary(g: GenericExtract): DocumentSummary {
  const counts = [
    { kind: 'sections', count: g.sections.length },
    { kind: 'passages', count: g.passages.length },
    { kind: 'abbreviations', count: g.abbreviations.length },
    { kind: 'item tables', count: g.tables.length },
    { kind: 'items', count: g.items.length },
  ];
  const examples: Question[] = [];
  const numbered = g.items.filter((i) => i.id && i.noun !== 'item');
  const owned = numbered.find((i) => i.responsible.length > 0);
  if (owned) examples.push(responsibleQuestion(owned.id as string, NOUN[owned.noun as keyof typeof NOUN]));
  const dated = numbered.find((i) => i !== owned && i.deadline && i.deadline.kind !== 'unknown');
  if (dated) examples.push(deadlineQuestion(dated.id as string, NOUN[dated.noun as keyof typeof NOUN]));
  const abbr = g.abbreviations[0];
  if (abbr) examples.push(abbreviationQuestion(abbr.abbr));
  for (const section of g.sections.filter((s) => s.passages > 0)) {
    if (examples.length >= 3) break;
    const heading = section.path.at(-1) as string;
    examples.push({ lv: `Kas teikts sadaļā “${heading}”?`, en: `What does the section “${heading}” say?` });
  }
  return {
    title: g.title,
    counts,
    warnings: g.warnings.map((w) => `${w.kind}: ${w.message}`),
    examples: examples.slice(0, 3),
  };
}

function knownSummary(e: DocumentExtract): DocumentSummary {
  const counts = LIST_KEYS.flatMap((key) => {
    const value = e[key];
    return Array.isArray(value) && value.length > 0 ? [{ kind: key, count: value.length }] : [];
  });
  const examples: Question[] = [];
  const measure = e.measures.find((m) => m.id && m.responsible.length > 0);
  if (measure?.id) examples.push(responsibleQuestion(measure.id, NOUN.measure));
  const dated = e.measures.find((m) => m !== measure && m.id && m.deadline.kind !== 'unknown');
  if (dated?.id) examples.push(deadlineQuestion(dated.id, NOUN.measure));
  const task = e.reportTasks[0];
  if (task)
    examples.push({
      lv: `Kāds ir ${task.number}. uzdevuma statuss?`,
      en: `What is the status of task ${task.number}?`,
    });
  const activity = e.activities[0];
  if (activity) {
    examples.push({
      lv: `Cik finansējuma paredzēts aktivitātei ${activity.id}?`,
      en: `How much funding does activity ${activity.id} have?`,
    });
  }
  const group = e.groups.find((g) => g.kind === 'subgroup');
  if (group) examples.push({ lv: `Kas vada ${group.id}. apakšgrupu?`, en: `Who leads subgroup ${group.id}?` });
  const contact = e.contacts.find((c) => c.kind === 'phone');
  if (contact?.unit)
    examples.push({ lv: `Kāds ir ${contact.unit} tālrunis?`, en: `What is the phone number of ${contact.unit}?` });
  for (const a of e.abbreviations) {
    if (examples.length >= 3) break;
    examples.push(abbreviationQuestion(a.abbr));
  }
  return {
    title: e.document.title.lv,
    counts,
    warnings: e.warnings.map((w) => `${w.kind} (line ${w.line}): ${w.message}`),
    examples: examples.slice(0, 3),
  };
}

function responsibleQuestion(id: string, noun: (typeof NOUN)[keyof typeof NOUN]): Question {
  return { lv: `Kas ir atbildīgs par ${id}. ${noun.acc}?`, en: `Who is responsible for ${noun.en} ${id}?` };
}

function deadlineQuestion(id: string, noun: (typeof NOUN)[keyof typeof NOUN]): Question {
  return { lv: `Kāds ir ${id}. ${noun.gen} termiņš?`, en: `What is the deadline of ${noun.en} ${id}?` };
}

function abbreviationQuestion(abbr: string): Question {
  return { lv: `Ko nozīmē ${abbr}?`, en: `What does ${abbr} stand for?` };
}
