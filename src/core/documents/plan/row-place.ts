/**
 * Where each row belongs. A numbered row's task and direction follow from its number. A row without a number
 * (the one before 1.1.4, whose task heading was lost with the start of the table) takes the task heading it stands
 * under or, when there is none, the task of the next numbered row; no number is invented for it.
 */
import type { Warning } from '../../knowledge/model.js';
import type { RowPlace } from './measures.js';
import type { RowItem } from './table-scan.js';

export interface PlacedRows {
  places: RowPlace[];
  warnings: Warning[];
}

const taskOf = (id: string): string => id.split('.').slice(0, 2).join('.');

export function placeRows(rows: RowItem[]): PlacedRows {
  const warnings: Warning[] = [];
  const places = rows.map((row, k) => {
    if (row.id !== null) {
      const task = taskOf(row.id);
      if (row.task && row.task !== task) {
        const message = `measure ${row.id} stands under the heading of task ${row.task}`;
        warnings.push({ document: 'plan', line: row.line, kind: 'malformed', message });
      }
      return { task, direction: Number(task.split('.')[0]), locator: `measure ${row.id}` };
    }
    const place = placeUnnumbered(rows, k);
    const message = `line ${row.line}: a measure row without a number (${place.locator}); kept with id null`;
    warnings.push({ document: 'plan', line: row.line, kind: 'missing-number', message });
    return place;
  });
  return { places, warnings };
}

function placeUnnumbered(rows: RowItem[], k: number): RowPlace {
  const row = rows[k] as RowItem;
  const next = rows.slice(k + 1).find((r) => r.id !== null)?.id;
  const previous = rows
    .slice(0, k)
    .reverse()
    .find((r) => r.id !== null)?.id;
  const neighbour = next ?? previous;
  const task = row.task ?? (neighbour ? taskOf(neighbour) : '');
  const direction = task ? Number(task.split('.')[0]) : (row.direction ?? 0);
  const locator = next
    ? `unnumbered row before measure ${next}`
    : previous
      ? `unnumbered row after measure ${previous}`
      : `unnumbered row at line ${row.line}`;
  return { task, direction, locator };
}
