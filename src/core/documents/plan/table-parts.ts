/** The table's headings and running text: task headings, direction headings (checked) and passages. */
import type { Direction, Passage, PlanTask, Warning } from '../../knowledge/model.js';
import type { Footnote } from '../artefacts.js';
import { checkDirectionHeading } from './directions.js';
import { goalPassages, policyPassages } from './running-text.js';
import type { TableItem } from './table-scan.js';
import { buildTask } from './tasks.js';

export interface TableParts {
  tasks: PlanTask[];
  passages: Passage[];
  warnings: Warning[];
}

export function readTableParts(
  items: TableItem[],
  directions: Direction[],
  footnotes: Map<number, Footnote>,
): TableParts {
  const parts: TableParts = { tasks: [], passages: [], warnings: [] };
  for (const item of items) {
    if (item.kind === 'goals') parts.passages.push(...goalPassages(item.cells));
    else if (item.kind === 'policy') parts.passages.push(...policyPassages(item.cells, item.direction));
    else if (item.kind === 'direction') {
      parts.warnings.push(...checkDirectionHeading(item.cell, item.number, item.title, directions));
    } else if (item.kind === 'task') {
      const task = buildTask(item.cell, footnotes);
      if (task) parts.tasks.push(task);
      else
        parts.warnings.push({
          document: 'plan',
          line: item.cell.line,
          kind: 'malformed',
          message: 'unreadable task heading',
        });
    }
  }
  return parts;
}
