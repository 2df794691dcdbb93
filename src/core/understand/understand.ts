/**
 * A message → Understanding: clean it, tell its language, find its slots (references, institutions, people,
 * groups, period, what it asks), then score the intents. Never throws; the work is bounded by the capped length.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { IsoDate } from '../knowledge/model.js';
import { analyze, analyzeTerms } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { abbreviationsAsked, quietShouting } from './abbreviation-slot.js';
import { type Classifier, scoreIntents } from './classify.js';
import { cleanMessage } from './clean-text.js';
import { foldedWords } from './cues.js';
import { featuresOf } from './features.js';
import { askedContactKinds, askedFields, roleWords } from './fields.js';
import { findGroups, type GroupTopicIndex } from './group-slot.js';
import { detectLanguage } from './language.js';
import { findPeriod } from './period-slot.js';
import { findPersons } from './persons.js';
import { findReferences } from './references.js';
import { adjustForSlots } from './requirements.js';
import { documentsNamed, isFollowUp, statusesNamed } from './small-slots.js';
import type { GroupSlot, Understanding } from './understanding.js';

/** Translates a question's words into Latvian index terms (the curated glossary). */
export interface Translator {
  /** Latvian index terms for the text's English words and Latvian synonyms; `source` is the word that gave each. */
  translate(text: string): { term: string; boost: number; source: string }[];
  englishWords(): ReadonlySet<string>;
}

export interface Understander {
  kb: KnowledgeBase;
  classifier: Classifier;
  translator: Translator;
  groupIndex: GroupTopicIndex;
  /** Abbreviations any document or the registry defines ("NAP2027", "LM"). */
  knownAbbreviations: ReadonlySet<string>;
  /** Folded words of the documents and the glossary: not people's names. */
  vocabulary: ReadonlySet<string>;
}

/** The question's terms but those that ask for a cell ("by what date", "kas atbild"): they name no topic. */
function topicTerms(
  text: string,
  words: readonly string[],
  folded: string,
  translations: Understanding['searchTerms'],
): string[] {
  const roles = roleWords(words, folded);
  const own = analyzeTerms(text).filter((t) => !roles.has(t.folded));
  const translated = translations.filter(
    (t) =>
      !t.source ||
      !fold(t.source)
        .split(/\s+/u)
        .every((w) => roles.has(w)),
  );
  return [...own, ...translated].map((t) => t.term);
}

export function understand(raw: string, u: Understander, today: IsoDate, hasContext: boolean): Understanding {
  const text = quietShouting(cleanMessage(raw), u.knownAbbreviations);
  const folded = fold(text);
  const words = foldedWords(folded);
  const references = findReferences(folded);
  const institutions = u.kb.registry.mentions(text).map((m) => ({ id: m.institution.id, by: m.by, text: m.text }));
  const { persons, unknownNames } = findPersons(text, u.kb.people, (w) => u.vocabulary.has(w));
  const translations = u.translator.translate(text);
  const searchTerms = [...analyze(text).map((term) => ({ term })), ...translations];
  const groups: GroupSlot[] = [
    ...references.filter((r) => r.kind === 'group').map((r) => ({ id: r.id, confidence: 1 })),
    ...findGroups(u.groupIndex, words, folded, topicTerms(text, words, folded, translations)),
  ];
  const withoutIds = references.reduce((t, r) => t.replace(r.raw, ' '), text);
  const base = {
    original: raw,
    text,
    language: detectLanguage(text),
    references,
    institutions,
    persons,
    unknownNames,
    groups: dedupeGroups(groups),
    fields: askedFields(words, folded),
    documents: documentsNamed(words, folded),
    statuses: statusesNamed(words, folded),
    contactKinds: askedContactKinds(words, folded),
    abbreviations: abbreviationsAsked(text, u.knownAbbreviations),
    searchTerms,
  };
  const period = findPeriod(withoutIds, words, folded, today);
  const followUp = isFollowUp(words, base, hasContext);
  const scores = adjustForSlots(
    scoreIntents(u.classifier, featuresOf(text, u.kb.registry)),
    u.classifier,
    base,
    hasContext,
  );
  return {
    ...base,
    ...(period ? { period } : {}),
    followUp,
    intent: scores[0]?.intent ?? 'search',
    candidates: scores.slice(0, 5),
  };
}

function dedupeGroups(groups: GroupSlot[]): GroupSlot[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    if (seen.has(g.id)) return false;
    seen.add(g.id);
    return true;
  });
}
