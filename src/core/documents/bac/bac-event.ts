/**
 * "2024. gada 1. janvārī Valsts bērnu tiesību aizsardzības inspekcija tika reorganizēta par Bērnu aizsardzības
 * centru" → a reorganisation event; both names stay as written (the successor is in the accusative).
 */
import { LATVIAN_MONTHS } from '../../deadlines/month-names.js';
import type { InstitutionEvent, Warning } from '../../knowledge/model.js';
import type { Segment } from './bac-segments.js';

const REORGANISED =
  /(\d{4})\.\s*gada\s+(\d{1,2})\.\s*(\p{L}+)\s+(.+?)\s+tika\s+reorganizēt\p{L}*\s+par\s+(.+?)(?:\s*\(|[.;]?$)/u;

export function findEvents(segments: Segment[]): { events: InstitutionEvent[]; warnings: Warning[] } {
  const events: InstitutionEvent[] = [];
  const warnings: Warning[] = [];
  for (const segment of segments) {
    for (const sentence of segment.sentences) {
      const m = REORGANISED.exec(sentence);
      if (!m) continue;
      const date = isoDate(Number(m[1]), m[3] as string, Number(m[2]));
      if (!date) {
        warnings.push({ document: 'bac', line: segment.line, kind: 'malformed', message: `no such date: ${m[0]}` });
        continue;
      }
      events.push({
        kind: 'reorganisation',
        from: { name: m[4] as string },
        to: { name: m[5] as string },
        date,
        source: { document: 'bac', locator: 'introduction', line: segment.line, raw: sentence },
      });
    }
  }
  return { events, warnings };
}

function isoDate(year: number, monthName: string, day: number): string | undefined {
  const month = LATVIAN_MONTHS.findIndex((m) => m.locative === monthName.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
