/** Parties written as abbreviations the report's own list does not define (e.g. "NVO"). */
import type { Abbreviation, ReportTask, Warning } from '../../knowledge/model.js';

const ABBREVIATION = /^[\p{Lu}\d-]{2,}$/u;

/** One warning per abbreviation, at its first use: the central registry may still know it. */
export function unlistedAbbreviations(tasks: ReportTask[], listed: Abbreviation[]): Warning[] {
  const known = new Set(listed.map((a) => a.abbr));
  const reported = new Set<string>();
  const warnings: Warning[] = [];
  for (const task of tasks) {
    for (const { name } of [...task.responsible, ...task.cooperating]) {
      if (!ABBREVIATION.test(name) || known.has(name) || reported.has(name)) continue;
      reported.add(name);
      warnings.push({
        document: 'report',
        line: task.source.line,
        kind: 'unknown-abbreviation',
        message: `task ${task.number}: "${name}" is not in the report's abbreviation list`,
      });
    }
  }
  return warnings;
}
