/**
 * Running text → passages: quotable pieces of a few sentences, each with its section path and source line.
 * Every parser cuts its running text with these helpers so that passages are alike across documents.
 */
import type { DocumentId, Passage } from '../knowledge/model.js';
import { squash } from './artefacts.js';

/** Passages longer than this are cut at sentence ends, so that a quote stays readable in chat. */
export const MAX_PASSAGE_CHARS = 600;

export interface TextBlock {
  /** One paragraph or list item, artefacts already removed. */
  text: string;
  /** 1-based line where it starts. */
  line: number;
}

export interface PassageContext {
  document: DocumentId;
  /** Headings from the root down, e.g. ["Veikto darbību izpildes progress", "10. uzdevums"]. */
  section: string[];
  /** Locator for citations, e.g. "task 10" or "section Bērna māja". */
  locator: string;
}

/**
 * Splits at sentence ends: a full stop, question or exclamation mark after two lower-case letters or a closing
 * bracket or quote (so "2024. gada", "Nr. 5" and "31. decembrim" do not end a sentence) followed by a capital, a
 * quote or a year ("… audzināšanu. 2025. gada 3. ceturksnī …").
 */
const SENTENCE_END = /(?<=(?:[\p{Ll}\p{N}]{2}|[)”"])[.!?])\s+(?=[\p{Lu}“"]|\d{4}\.)/u;

export function splitSentences(text: string): string[] {
  return squash(text)
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Cuts a long text into chunks of whole sentences no longer than `max` (a longer single sentence stays whole). */
export function chunkText(text: string, max = MAX_PASSAGE_CHARS): string[] {
  const clean = squash(text);
  if (clean.length <= max) return clean ? [clean] : [];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of splitSentences(clean)) {
    if (current && current.length + 1 + sentence.length > max) {
      chunks.push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Turns blocks of running text into passages with stable ids `<document>:<line>:<n>`. */
export function toPassages(blocks: TextBlock[], context: PassageContext): Passage[] {
  const passages: Passage[] = [];
  for (const block of blocks) {
    chunkText(block.text).forEach((text, n) => {
      passages.push({
        id: `${context.document}:${block.line}:${n}`,
        section: context.section,
        text,
        source: { document: context.document, locator: context.locator, line: block.line, raw: text },
      });
    });
  }
  return passages;
}
