/**
 * Text from documents and people made literal for a Teams TextBlock or Fact, which read a subset of markdown:
 * `**bold**`, `_italic_`, `[title](url)`, and "- " or "1. " at a line's start as a list. A document line such as
 * "2024. gada 1. janvārī…" would become a numbered list and a stray `*` or `_` would format the rest, so every
 * markdown character is backslash-escaped, and so is the dot or dash that would start a list. Angle brackets are
 * escaped too: Teams shows no HTML in cards, but a literal `<b>` must not depend on that.
 */

const SPECIAL = /[\\`*_{}[\]()#+!|~<>]/gu;
/** "12. …", "12) …", "- …", "+ …" at the start of a line (after any spaces). */
const LIST_START = /^(\s*)(\d+)([.)])(?=\s|$)|^(\s*)-(?=\s|$)/gmu;

export function escapeTeamsMarkdown(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(LIST_START, (_all, indent?: string, digits?: string, mark?: string, dashIndent?: string) =>
      digits !== undefined ? `${indent ?? ''}${digits}\\${mark ?? ''}` : `${dashIndent ?? ''}\\-`,
    );
}
