/**
 * A group's body → labelled sections ("Mērķis:", "Sastāvs:", "Termiņš:", …) in document order.
 * A section runs until the next label, except "Termiņš:", which is one line: what follows it is the next numbered
 * task (groups 6 and 8 repeat task – result – deadline).
 */
import type { SourceLine } from './group-lines.js';

export type FieldName = 'purpose' | 'leader' | 'deputy' | 'members' | 'tasks' | 'result' | 'deadline';

export interface FieldSection {
  field: FieldName;
  /** Line of the label (or of the heading that opens the section). */
  line: number;
  /** Content lines; the text after the label is the first of them when the label line carries any. */
  lines: SourceLine[];
}

// The deputy's label must be tried before the leader's, which is its prefix.
const LABELS: [RegExp, FieldName][] = [
  [/^Mērķis\s*:\s*/iu, 'purpose'],
  [/^Darba grupas vadītāja vietnieks\s*:\s*/iu, 'deputy'],
  [/^Darba grupas vadītājs\s*:\s*/iu, 'leader'],
  [/^Sastāvs\s*:\s*/iu, 'members'],
  [/^Aktuāl(?:ie|ais)\s+uzdevum(?:i|s)\s*:\s*/iu, 'tasks'],
  [/^Rezultāts\s*:\s*/iu, 'result'],
  [/^Termiņš\s*:\s*/iu, 'deadline'],
];

export function matchLabel(text: string): { field: FieldName; rest: string } | undefined {
  for (const [re, field] of LABELS) {
    const m = re.exec(text);
    if (m) return { field, rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

export interface SplitFields {
  sections: FieldSection[];
  /** Lines before any label, which no field can own. */
  stray: SourceLine[];
}

/** `opensWith` is set when the heading itself is a label ("3. NPAIS darba grupas aktuālie uzdevumi …:"). */
export function splitFields(body: SourceLine[], opensWith?: { field: FieldName; line: number }): SplitFields {
  const sections: FieldSection[] = [];
  const stray: SourceLine[] = [];
  let current: FieldSection | undefined;
  if (opensWith) {
    current = { field: opensWith.field, line: opensWith.line, lines: [] };
    sections.push(current);
  }
  for (const line of body) {
    if (!line.text) continue;
    const label = matchLabel(line.text);
    if (label) {
      current = { field: label.field, line: line.line, lines: label.rest ? [{ ...line, text: label.rest }] : [] };
      sections.push(current);
    } else if (current?.field === 'deadline' && current.lines.length > 0) {
      current = { field: 'tasks', line: line.line, lines: [line] };
      sections.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      stray.push(line);
    }
  }
  return { sections, stray };
}
