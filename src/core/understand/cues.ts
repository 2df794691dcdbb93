/**
 * Word cues: which words say what a question asks. Matching is on folded words by prefix, so "atbildīgajām" and
 * "atbildigs" both hit "atbild"; cue prefixes of 6+ letters also match with one typo ("responsable", "deadlin").
 */
import { withinEdits } from '../text/edit-distance.js';

export interface CueSet {
  /** Folded word prefixes. */
  prefixes: readonly string[];
  /** Folded whole words ("kad" must not match "kada"). */
  words?: readonly string[];
  /** Folded multi-word phrases, matched on the folded text with word boundaries. */
  phrases?: readonly string[];
  /** Folded prefixes that, when the word starts with them, cancel a match ("lidzatbild" is not "atbild"). */
  except?: readonly string[];
}

export function wordHits(words: readonly string[], cues: CueSet): boolean {
  return words.some((word) => wordMatches(word, cues));
}

export function wordMatches(word: string, cues: CueSet): boolean {
  if (cues.words?.includes(word)) return true;
  if (cues.except?.some((e) => word.startsWith(e))) return false;
  return cues.prefixes.some((prefix) => {
    if (word.startsWith(prefix)) return true;
    if (prefix.length < 6 || word.length < prefix.length - 1) return false;
    return withinEdits(word.slice(0, prefix.length), prefix, 1);
  });
}

/** Compiled once per phrase: the cue phrases are a fixed set, and every question tests them all. */
const phrasePatterns = new Map<string, RegExp>();

/** A phrase with none of these is plain text: it can only match where the text holds it as it is. */
const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|]/u;

export function phraseHits(foldedText: string, cues: CueSet): boolean {
  return (cues.phrases ?? []).some((phrase) => {
    if (!foldedText.includes(phrase) && !PATTERN_SYNTAX.test(phrase)) return false;
    const pattern = phrasePatterns.get(phrase) ?? new RegExp(`(?:^|[^\\p{L}])${phrase}(?:$|[^\\p{L}])`, 'u');
    phrasePatterns.set(phrase, pattern);
    return pattern.test(foldedText);
  });
}

export function cueHits(words: readonly string[], foldedText: string, cues: CueSet): boolean {
  return wordHits(words, cues) || phraseHits(foldedText, cues);
}

/** The folded words of a text (letters and digits), in order. */
export function foldedWords(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
