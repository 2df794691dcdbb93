/**
 * The bilingual glossary (knowledge/curated/glossary.json): English words and phrases a user may type, mapped to
 * the Latvian words the documents use, plus groups of Latvian synonyms (entries with no English) for words a
 * Latvian user types where the documents say something else. translate() turns a question into analysed Latvian
 * terms that a search can add to the question's own terms.
 *
 * English is matched on normalised words (see glossary-english.ts), longest phrase first, with one typo allowed
 * in words of 6+ letters; Latvian on the analyzer's stems, and only against synonym groups, because an entry's
 * Latvian list holds translations of its English words, not necessarily synonyms of each other.
 */
import { z } from 'zod';
import { analyze } from '../text/analyze.js';
import { type EnglishToken, englishTokens } from './glossary-english.js';
import { FuzzyIndex } from './glossary-fuzzy.js';
import { latvianTerms } from './glossary-latvian.js';
import { type PhraseMatch, PhraseTable } from './glossary-phrases.js';
import { type GlossaryTerm, TermCollector } from './glossary-terms.js';

export const GlossaryEntrySchema = z
  .object({
    /** Lower-case English words and phrases in base form; empty for a group of Latvian synonyms. */
    en: z.array(z.string().min(1)),
    /** Latvian words and phrases as the documents write them. */
    lv: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const GlossarySchema = z
  .object({
    note: z.string().min(1),
    entries: z.array(GlossaryEntrySchema),
  })
  .strict();

export type GlossaryData = z.infer<typeof GlossarySchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export type { GlossaryTerm } from './glossary-terms.js';

/** translate() never returns more terms than this, however long the text. */
export const MAX_GLOSSARY_TERMS = 32;

export const GLOSSARY_BOOST = {
  englishPhrase: 3,
  englishWord: 2,
  latvianPhrase: 1.5,
  latvianWord: 1,
} as const;

/** A match that needed a typo correction counts this much of an exact one. */
export const FUZZY_FACTOR = 0.5;

/** Shorter words are too often another real word one edit away ("care" / "core"). */
const MIN_FUZZY_LENGTH = 6;

interface ResolvedWord {
  word: string;
  fuzzy: boolean;
}

export class Glossary {
  private readonly entryTerms: readonly (readonly string[])[];
  private readonly english = new PhraseTable();
  private readonly latvian = new PhraseTable();
  /** Every normalised word of every English key, function words included, for phrase matching. */
  private readonly knownWords = new Set<string>();
  /** The normalised content words: the targets of typo matching. */
  private readonly contentNorms = new Set<string>();
  /** The content words both as the keys write them and normalised, so a caller can test a folded word directly. */
  private readonly vocabulary = new Set<string>();
  private readonly fuzzy: FuzzyIndex;

  constructor(data: GlossaryData) {
    this.entryTerms = data.entries.map((entry) => [...new Set(entry.lv.flatMap((lv) => analyze(lv)))]);
    for (const [index, entry] of data.entries.entries()) this.index(entry, index);
    // Normalising takes at most one letter off a word of MIN_FUZZY_LENGTH ("centre" → "centr").
    this.fuzzy = new FuzzyIndex([...this.contentNorms].filter((word) => word.length >= MIN_FUZZY_LENGTH - 1));
  }

  static parse(json: unknown): Glossary {
    return new Glossary(GlossarySchema.parse(json));
  }

  /** Latvian terms for the English words and the Latvian synonyms in `text`, best first, at most 32. */
  translate(text: string): GlossaryTerm[] {
    const found = new TermCollector();
    this.matchEnglish(text, found);
    this.matchLatvian(text, found);
    return found.best(MAX_GLOSSARY_TERMS);
  }

  /**
   * The English content words the glossary knows, folded: each as its keys write it ("guardians", "children") and
   * in normal form ("guardian", "servic"; see normalizeEnglishWord). Stop words are left out.
   */
  englishWords(): ReadonlySet<string> {
    return this.vocabulary;
  }

  /** Whether a word in any case or inflection ("Guardians", "funded") is an English word the glossary knows. */
  isEnglishWord(word: string): boolean {
    const token = englishTokens(word)[0];
    return token !== undefined && !token.accented && this.contentNorms.has(token.norm);
  }

  private index(entry: GlossaryEntry, index: number): void {
    for (const key of entry.en) {
      const tokens = englishTokens(key);
      const words = tokens.map((token) => token.norm);
      this.english.add(words, index);
      for (const token of tokens) this.remember(token);
    }
    if (entry.en.length > 0) return;
    for (const lv of entry.lv) {
      const terms = latvianTerms(lv).map((t) => t.term);
      this.latvian.add(terms, index);
    }
  }

  private remember(token: EnglishToken): void {
    this.knownWords.add(token.norm);
    if (token.stop || token.folded.length < 2) return;
    this.contentNorms.add(token.norm);
    this.vocabulary.add(token.norm).add(token.folded);
  }

  private matchEnglish(text: string, found: TermCollector): void {
    const tokens = englishTokens(text);
    const resolved = tokens.map((token) => this.resolve(token));
    let i = 0;
    while (i < tokens.length) {
      const match = this.english.longestAt(tokens.length, i, (k) => resolved[k]?.word);
      if (match) {
        const fuzzy = resolved.slice(i, i + match.length).some((r) => r?.fuzzy);
        const boost =
          (match.length > 1 ? GLOSSARY_BOOST.englishPhrase : GLOSSARY_BOOST.englishWord) * (fuzzy ? FUZZY_FACTOR : 1);
        this.collect(match, sourceOf(text, tokens, i, match.length), boost, found);
      }
      i += match?.length ?? 1;
    }
  }

  /** The known word a token stands for: itself, or a known word one typo away; none for Latvian-looking words. */
  private resolve(token: EnglishToken): ResolvedWord | undefined {
    if (token.accented) return undefined;
    if (this.knownWords.has(token.norm)) return { word: token.norm, fuzzy: false };
    if (token.stop || token.folded.length < MIN_FUZZY_LENGTH) return undefined;
    const word = this.fuzzy.lookup(token.norm);
    return word === undefined ? undefined : { word, fuzzy: true };
  }

  private matchLatvian(text: string, found: TermCollector): void {
    const terms = latvianTerms(text);
    let i = 0;
    while (i < terms.length) {
      const match = this.latvian.longestAt(terms.length, i, (k) => terms[k]?.term);
      if (match) {
        const source = text.slice(terms[i]?.start ?? 0, terms[i + match.length - 1]?.end ?? 0);
        const boost = match.length > 1 ? GLOSSARY_BOOST.latvianPhrase : GLOSSARY_BOOST.latvianWord;
        this.collect(match, source, boost, found);
      }
      i += match?.length ?? 1;
    }
  }

  private collect(match: PhraseMatch, source: string, boost: number, found: TermCollector): void {
    for (const entry of match.entries) found.add(this.entryTerms[entry] ?? [], source, boost);
  }
}

function sourceOf(text: string, tokens: readonly EnglishToken[], start: number, length: number): string {
  return text.slice(tokens[start]?.start ?? 0, tokens[start + length - 1]?.end ?? 0);
}
