/**
 * A table whose header cells name its columns → items, one a row. Rows keep their numbers as written; a row
 * with no number and at most two filled cells is a heading inside the table ("1.2. Prenatālo …"), and becomes
 * part of the section path of the rows after it. A row with fewer cells than columns is aligned to the left when
 * it starts with a number, otherwise to the right (a lost number cell is the usual gap).
 */
import { parsePeriod } from '../period.js';
import { cellText } from './block-text.js';
import type { TableBlock, TableRow } from './blocks.js';
import type { GenericItem, GenericTable, GenericWarning } from './generic-schema.js';
import { columnFields, type Field, nounOf, type TableHeaders } from './header-words.js';
import { type PartyContext, resolveParties } from './item-parties.js';

const NUMBER = /^\s*\d+(?:\.\d+)*\.?\s*$/;
const LONG_HEADING = 200;

export interface ItemTable {
  table: GenericTable;
  items: GenericItem[];
  warnings: GenericWarning[];
  /** Long texts of heading rows, to be kept as passages under their section. */
  texts: { section: string[]; text: string }[];
}

export interface TableContext extends PartyContext {
  headers: TableHeaders;
}

/** The row that names the columns: a marked header row, or one of the first three that names two fields. */
function headerRow(table: TableBlock, headers: TableHeaders): number {
  const marked = table.rows.findIndex((r) => r.header);
  const candidates = marked >= 0 ? [marked] : [0, 1, 2];
  return (
    candidates.find((i) => {
      const row = table.rows[i];
      if (!row) return false;
      const fields = columnFields(positions(row), headers).filter((f) => f !== undefined);
      return fields.length >= 2 && fields.some((f) => f === 'number' || f === 'measure');
    }) ?? -1
  );
}

/** The row's cell texts, one per grid column (a spanning cell repeated as empty ones after it). */
function positions(row: TableRow, joiner = ' '): string[] {
  return row.cells.flatMap((cell) => [cellText(cell, joiner), ...Array<string>(Math.max(0, cell.span - 1)).fill('')]);
}

export function itemTable(
  block: TableBlock,
  number: number,
  section: string[],
  context: TableContext,
): ItemTable | undefined {
  const at = headerRow(block, context.headers);
  if (at < 0) return undefined;
  const header = positions(block.rows[at] as TableRow);
  const fields = columnFields(header, context.headers);
  const noun = nounOf(header[fields.indexOf('measure')], context.headers);
  const result: ItemTable = {
    table: {
      table: number,
      section,
      columns: header.map((h, i) => ({ header: h, field: fields[i] ?? null })),
      items: 0,
    },
    items: [],
    warnings: [],
    texts: [],
  };
  let inner: string[] = [];
  block.rows.forEach((row, index) => {
    if (index <= at || row.header) return;
    const cells = positions(row);
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length === 0 || repeatsHeader(cells, fields, context.headers)) return;
    if (!NUMBER.test(cells[0] ?? '') && filled.length <= 2 && header.length >= 4) {
      const [first, second] = filled as [string, string | undefined];
      const title = second && second.length <= LONG_HEADING ? `${first} ${second}` : first;
      inner = [...inner.slice(0, headingDepth(first) - 1), title];
      if (second && second.length > LONG_HEADING) result.texts.push({ section: [...section, ...inner], text: second });
      return;
    }
    const aligned = { text: align(cells, header.length), parties: align(positions(row, ', '), header.length) };
    if (cells.length !== header.length) {
      result.warnings.push({
        kind: 'unaligned-row',
        locator: `table ${number}, row ${index + 1}`,
        message: `row ${index + 1} of table ${number} has ${cells.length} cells for ${header.length} columns; aligned to the ${NUMBER.test(cells[0] ?? '') ? 'left' : 'right'}`,
      });
    }
    result.items.push(
      item(aligned, fields, { table: number, row: index + 1, noun, section: [...section, ...inner] }, result, context),
    );
  });
  result.table.items = result.items.length;
  return result;
}

/** A header repeated further down (on every page, or before every part): two or more fields in their columns. */
function repeatsHeader(cells: string[], fields: (Field | undefined)[], headers: TableHeaders): boolean {
  const again = columnFields(cells, headers);
  return again.filter((f, i) => f !== undefined && f === fields[i]).length >= 2;
}

/** "2. Rīcības virziens" opens level 1 and "2.1. …" level 2 under it; an unnumbered heading is level 1. */
function headingDepth(text: string): number {
  const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(text)?.[1];
  return number ? number.split('.').length : 1;
}

function align(cells: string[], width: number): string[] {
  if (cells.length >= width) return cells.slice(0, width);
  const pad = Array<string>(width - cells.length).fill('');
  return NUMBER.test(cells[0] ?? '') ? [...cells, ...pad] : [...pad, ...cells];
}

interface Place {
  table: number;
  row: number;
  noun: GenericItem['noun'];
  section: string[];
}

function item(
  cells: { text: string[]; parties: string[] },
  fields: (Field | undefined)[],
  place: Place,
  out: ItemTable,
  context: TableContext,
): GenericItem {
  const get = (field: Field, from = cells.text) => {
    const i = fields.indexOf(field);
    return i >= 0 ? from[i]?.trim() : undefined;
  };
  const written = get('number');
  const number = written && NUMBER.test(written) ? written : undefined;
  const id = number?.replace(/\.$/, '');
  const locator = id && place.noun !== 'item' ? `${place.noun} ${id}` : `table ${place.table}, row ${place.row}`;
  const parties = (field: Field) => {
    const { parties, warnings } = resolveParties(get(field, cells.parties) ?? '', locator, context);
    out.warnings.push(...warnings);
    return parties;
  };
  const deadlineText = get('deadline');
  const deadline = deadlineText === undefined ? undefined : parsePeriod(deadlineText);
  if (deadline?.kind === 'unknown') {
    const why = deadline.problem ?? 'not a date or period';
    out.warnings.push({
      kind: 'unreadable-deadline',
      locator,
      message: `deadline of ${locator} not read: "${deadlineText}" (${why})`,
    });
  }
  const text = (key: 'text' | 'result' | 'indicator' | 'status' | 'funding', field: Field = key as Field) => {
    const value = get(field);
    return value ? { [key]: value } : {};
  };
  return {
    table: place.table,
    row: place.row,
    ...(number ? { number, id } : {}),
    noun: place.noun,
    ...text('text', 'measure'),
    ...text('result'),
    ...text('indicator'),
    ...text('status'),
    ...text('funding'),
    responsible: parties('responsible'),
    coResponsible: parties('coResponsible'),
    ...(deadline ? { deadline } : {}),
    section: place.section,
    locator,
    cells: cells.text,
  } as GenericItem;
}
