/**
 * The institution registry: finds an institution from a name as a cell writes it ("Labklājības ministrijas",
 * "IEM", "LM 1. kārta") or from the words of a question ("Bērnu aizsardzības centram", "ministry of welfare").
 * Names are compared as sequences of Latvian stems, so every case form of a name matches.
 */
import { analyze } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import type { Institution } from './model.js';

/** Lower-case forms of two-letter abbreviations that are ordinary words and must be written in capitals. */
const AMBIGUOUS_LOWER = new Set(['am', 'es', 'vk', 'lu', 'km', 'mk']);

/** "Biedrība “Latvijas Pašvaldību savienība”" names the body inside the quotes. */
const LEGAL_FORM = /^(?:biedrība|biedrības|nodibinājums|nodibinājuma|sia)\s+/iu;

interface NameKey {
  stems: string[];
  institution: Institution;
}

export interface Mention {
  institution: Institution;
  /** How it was found: by abbreviation or by (part of) its name. */
  by: 'abbreviation' | 'name';
  /** The text that matched. */
  text: string;
}

export class InstitutionRegistry {
  private readonly byId = new Map<string, Institution>();
  private readonly byAbbr = new Map<string, Institution>();
  private readonly byFoldedAbbr = new Map<string, Institution>();
  private readonly keys: NameKey[] = [];
  /** The positions in `keys` of the names beginning with each stem: a text is checked against those only. */
  private readonly keysByFirst = new Map<string, number[]>();

  constructor(readonly institutions: readonly Institution[]) {
    for (const institution of institutions) {
      this.byId.set(institution.id, institution);
      for (const abbr of institution.abbreviations) {
        this.byAbbr.set(abbr, institution);
        this.byFoldedAbbr.set(fold(abbr), institution);
      }
      for (const name of [institution.name, institution.nameEn, ...institution.aliases]) {
        const stems = analyze(name);
        if (stems.length > 0) this.keys.push({ stems, institution });
      }
    }
    // Longest names first, so "Iekšlietu ministrijas Informācijas centrs" wins over "Iekšlietu ministrija".
    this.keys.sort((a, b) => b.stems.length - a.stems.length);
    this.keys.forEach((key, n) => {
      const first = key.stems[0] ?? '';
      const list = this.keysByFirst.get(first);
      if (list) list.push(n);
      else this.keysByFirst.set(first, [n]);
    });
  }

  get(id: string): Institution | undefined {
    return this.byId.get(id);
  }

  /** The institution an abbreviation stands for; exact case first, then case-insensitive. */
  byAbbreviation(abbr: string): Institution | undefined {
    return this.byAbbr.get(abbr) ?? this.byFoldedAbbr.get(fold(abbr));
  }

  /**
   * The institution a party cell names: the whole cell as an abbreviation or name, or a leading abbreviation
   * or name followed by a qualifier ("LM 1. kārta", "Labklājības ministrijas valsts sekretāra vietniece").
   */
  resolve(name: string): Institution | undefined {
    const clean = name
      .replace(/\s+(pārstāv\p{L}*|parstāv\p{L}*)\.?$/iu, '')
      .replace(LEGAL_FORM, '')
      .replace(/[“”‘’"]/g, '')
      .trim();
    const whole = this.byAbbreviation(clean);
    if (whole) return whole;
    const leading = /^([\p{Lu}][\p{L}+]*(?:\s[\p{Lu}]{2,})?)\b/u.exec(clean);
    const stems = analyze(clean);
    const named = this.keys.find((k) => startsWith(stems, k.stems));
    if (named) return named.institution;
    if (leading?.[1] && /\p{Lu}.*\p{Lu}/u.test(leading[1])) {
      return this.byAbbreviation(leading[1]) ?? this.byAbbreviation(leading[1].split(' ')[0] ?? '');
    }
    return undefined;
  }

  /** Every institution a free text mentions, by abbreviation or by name, in order of appearance, without repeats. */
  mentions(text: string): Mention[] {
    const found: Mention[] = [];
    const seen = new Set<string>();
    const add = (institution: Institution, by: Mention['by'], matched: string) => {
      if (seen.has(institution.id)) return;
      seen.add(institution.id);
      found.push({ institution, by, text: matched });
    };
    for (const m of text.matchAll(/[\p{L}][\p{L}\d+]*(?:\s+IC\b)?/gu)) {
      const word = m[0];
      const institution = this.abbreviationWord(word);
      if (institution) add(institution, 'abbreviation', word);
    }
    const stems = analyze(text);
    const candidates = new Set<number>();
    for (const stem of stems) for (const n of this.keysByFirst.get(stem) ?? []) candidates.add(n);
    // In the keys' own order (longest names first), as if every key were tried.
    for (const n of [...candidates].sort((a, b) => a - b)) {
      const key = this.keys[n];
      if (key && containsSequence(stems, key.stems)) add(key.institution, 'name', key.stems.join(' '));
    }
    return found;
  }

  private abbreviationWord(word: string): Institution | undefined {
    const exact = this.byAbbr.get(word);
    if (exact) return exact;
    const folded = fold(word);
    if (folded.length < 2 || AMBIGUOUS_LOWER.has(folded) || word !== word.toLowerCase()) {
      return /\p{Lu}.*\p{Lu}/u.test(word) ? this.byFoldedAbbr.get(folded) : undefined;
    }
    return this.byFoldedAbbr.get(folded);
  }
}

function startsWith(haystack: string[], prefix: string[]): boolean {
  return prefix.length <= haystack.length && prefix.every((s, i) => haystack[i] === s);
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((s, j) => haystack[i + j] === s)) return true;
  }
  return false;
}
