/** The report's abbreviation list: "BAC – Bērnu aizsardzības centru", one entry a line, names as written. */
import type { Abbreviation, Warning } from '../../knowledge/model.js';
import { squash } from '../artefacts.js';
import type { SourceLine } from './source-lines.js';

/** The dash may be an en dash, an em dash or a hyphen, with any run of spaces around it. */
const ENTRY = /^(\S+)\s+[–—-]\s+(.+)$/u;

export function parseAbbreviations(lines: SourceLine[]): { abbreviations: Abbreviation[]; warnings: Warning[] } {
  const abbreviations: Abbreviation[] = [];
  const warnings: Warning[] = [];
  for (const { text, line } of lines) {
    const raw = squash(text);
    if (!raw) continue;
    const m = ENTRY.exec(raw);
    if (!m?.[1] || !m[2]) {
      warnings.push({ document: 'report', line, kind: 'malformed', message: `not an abbreviation entry: "${raw}"` });
      continue;
    }
    abbreviations.push({
      abbr: m[1],
      // Kept in the case the report wrote it (some are accusative); the nominative is resolved centrally.
      name: m[2],
      source: { document: 'report', locator: `abbreviation ${m[1]}`, line, raw },
    });
  }
  return { abbreviations, warnings };
}
