/**
 * Lines of a field → list items. The document mixes markers freely ("·", "- ", "-LM;", "1.", "1)", "2)pusaudžu",
 * "a)"), so each line is tested against all of them; a line without a marker continues the item before it.
 */
import type { SourceLine } from './group-lines.js';

export type Marker = 'bullet' | 'number' | 'letter' | 'none';

export interface ListItem {
  marker: Marker;
  /** The ordered marker as written ("1)", "2.", "a)"); empty for bullets and plain text. */
  label: string;
  text: string;
  line: number;
}

const MARKERS: { re: RegExp; marker: Marker; keepLabel: boolean }[] = [
  { re: /^[·•▪]\s*/u, marker: 'bullet', keepLabel: false },
  { re: /^[-–]\s*/u, marker: 'bullet', keepLabel: false },
  // At most two digits, so that a year ("2022.gada") is never read as an item number.
  { re: /^\d{1,2}[.)]\s*/u, marker: 'number', keepLabel: true },
  { re: /^[a-z]\)\s*/u, marker: 'letter', keepLabel: true },
];

export function splitItems(lines: SourceLine[]): ListItem[] {
  const items: ListItem[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    const marked = readMarker(line);
    const last = items[items.length - 1];
    if (marked) items.push(marked);
    else if (last) last.text = `${last.text} ${line.text}`;
    else items.push({ marker: 'none', label: '', text: line.text, line: line.line });
  }
  return items;
}

function readMarker(line: SourceLine): ListItem | undefined {
  for (const { re, marker, keepLabel } of MARKERS) {
    const m = re.exec(line.text);
    if (!m) continue;
    const text = line.text.slice(m[0].length).trim();
    if (!text) continue;
    return { marker, label: keepLabel ? m[0].trim() : '', text, line: line.line };
  }
  return undefined;
}

/** One item as its text alone; several as lines that keep their order marks ("1) …", "- …"). */
export function itemsText(items: ListItem[]): string {
  if (items.length === 1) return items[0]?.text ?? '';
  return items.map(renderItem).join('\n');
}

export function renderItem(item: ListItem): string {
  if (item.marker === 'none') return item.text;
  return `${item.label || '-'} ${item.text}`;
}
