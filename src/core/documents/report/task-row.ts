/** One row of the progress table → a report task, its passages and what could not be read. */
import type { Passage, Period, ReportTask, Warning } from '../../knowledge/model.js';
import { type Footnote, footnoteTexts } from '../artefacts.js';
import { MAX_PASSAGE_CHARS, type PassageContext, toPassages } from '../passages.js';
import { parsePeriod } from '../period.js';
import { parseResponsibleCell } from './responsible-cell.js';
import { cleanLine, toBlocks } from './source-lines.js';
import type { Cell, Row } from './table-rows.js';

export interface TaskReading {
  /** Undefined when the row has no task text: the model needs one. */
  task?: ReportTask;
  warnings: Warning[];
  passages: Passage[];
}

/** Task texts longer than this get passages of their own; shorter ones are quoted whole with the task. */
const LONG_TASK_TEXT = MAX_PASSAGE_CHARS / 2;

export function readTask(row: Row, footnotes: Map<number, Footnote>, tableTitle: string): TaskReading {
  const cells = {
    text: cellText(row.text),
    responsible: cellText(row.responsible),
    status: cellText(row.status),
    progress: cellText(row.progress),
  };
  const parties = parseResponsibleCell(cells.responsible.text);
  const deadline = readDeadline(parties.deadlineText);
  const status = readStatus(cells.status.text);
  const warnings = [...shapeWarnings(row), ...readingWarnings(row, cells, deadline, status.known)];
  const passages = taskPassages(row, cells.text.text, tableTitle);
  if (!cells.text.text) return { warnings, passages };
  const refs = [...cells.text.refs, ...cells.responsible.refs, ...cells.status.refs, ...cells.progress.refs];
  const task: ReportTask = {
    number: row.number,
    text: cells.text.text,
    responsible: parties.responsible,
    cooperating: parties.cooperating,
    responsibleRaw: cells.responsible.text,
    deadline,
    status: status.status,
    statusRaw: cells.status.text,
    progress: cells.progress.text,
    footnotes: footnoteTexts(refs, footnotes),
    source: { document: 'report', locator: `task ${row.number}`, line: row.line, raw: cells.text.text },
  };
  return { task, warnings, passages };
}

interface CellText {
  text: string;
  refs: number[];
}

/** The progress cell, one passage per paragraph or bullet; a long task text likewise. */
function taskPassages(row: Row, text: string, tableTitle: string): Passage[] {
  const context: PassageContext = {
    document: 'report',
    section: [tableTitle, `${row.number}. uzdevums`],
    locator: `task ${row.number}`,
  };
  return [
    ...(text.length > LONG_TASK_TEXT ? toPassages(toBlocks(row.text?.lines ?? []), context) : []),
    ...toPassages(toBlocks(row.progress?.lines ?? []), context),
  ];
}

function readingWarnings(
  row: Row,
  cells: Record<'responsible' | 'status', CellText>,
  deadline: Period,
  statusKnown: boolean,
): Warning[] {
  const warnings: Warning[] = [];
  if (deadline.kind === 'unknown') {
    const why = deadline.problem ?? 'no date';
    warnings.push(
      warn(
        row.responsible?.line ?? row.line,
        'unreadable-deadline',
        `task ${row.number}: ${why} ("${cells.responsible.text}")`,
      ),
    );
  }
  if (!statusKnown && cells.status.text) {
    const message = `task ${row.number}: status "${cells.status.text}" not recognised, taken as ongoing`;
    warnings.push(warn(row.status?.line ?? row.line, 'malformed', message));
  }
  return warnings;
}

/** A cell's lines cleaned and joined with "\n", blank lines dropped, and the footnotes it refers to. */
function cellText(cell: Cell | undefined): CellText {
  const lines = (cell?.lines ?? []).map((l) => cleanLine(l.text)).filter((l) => l.text !== '');
  return { text: lines.map((l) => l.text).join('\n'), refs: lines.flatMap((l) => l.refs) };
}

function readDeadline(text: string | undefined): Period {
  if (text === undefined) return { kind: 'unknown', raw: '', problem: 'no deadline in brackets' };
  return parsePeriod(text);
}

/** Anything other than "Izpildīts" is kept visible as ongoing rather than reported done. */
function readStatus(raw: string): { status: ReportTask['status']; known: boolean } {
  const s = raw.toLocaleLowerCase('lv');
  if (s.startsWith('izpildīts')) return { status: 'done', known: true };
  if (s.startsWith('izpilde turpinās')) return { status: 'ongoing', known: true };
  return { status: 'ongoing', known: false };
}

/** Empty cells, and a row whose cells do not add up to the table's five columns. */
function shapeWarnings(row: Row): Warning[] {
  const shape =
    row.cellCount === 5 ? [] : [warn(row.line, 'malformed', `task ${row.number}: ${row.cellCount} cells instead of 5`)];
  const columns = [
    ['Darbība', row.text],
    ['Atbildīgie', row.responsible],
    ['Pasākumu īstenošanas statuss', row.status],
    ['Darbības rezultāts/ papildu informācija', row.progress],
  ] as const;
  const empty = columns
    .filter(([, cell]) => cellText(cell).text === '')
    .map(([column, cell]) => warn(cell?.line ?? row.line, 'empty-cell', `task ${row.number}: "${column}" is empty`));
  return [...shape, ...empty];
}

function warn(line: number, kind: Warning['kind'], message: string): Warning {
  return { document: 'report', line, kind, message };
}
