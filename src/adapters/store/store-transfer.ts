/**
 * Moving the store between engines (`npm run store`): an export is every table of lasting data as stored, in a JSON
 * file; an import checks the whole file before writing anything, then writes it in one transaction. Into a store
 * that already holds data it refuses unless told to merge, and a merge only adds: rows already there are kept.
 */
import type { Db } from './sql.js';
import { column, columnsOf, TABLES, type TableSpec } from './store-tables.js';

export const EXPORT_FORMAT = 'assistant-store';
export const EXPORT_VERSION = 1;

export type Tables = Record<string, Record<string, unknown>[]>;

export interface StoreExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  tables: Tables;
}

/** A file that cannot be imported: the message names the table, the row and the field. */
export class TransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferError';
  }
}

export async function exportStore(db: Db, now: Date): Promise<StoreExport> {
  const tables: Tables = {};
  for (const [name, spec] of Object.entries(TABLES)) {
    const columns = columnsOf(spec).map(column).join(', ');
    const rows = await db.all<Record<string, unknown>>(`SELECT ${columns} FROM ${name} ORDER BY ${spec.order}`);
    tables[name] = rows.map((row) => normalised(spec, row));
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), tables };
}

/** Whole numbers come back from PostgreSQL as numbers or text depending on the column type: always numbers here. */
function normalised(spec: TableSpec, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, check] of Object.entries(spec.row.shape)) {
    const value = row[name];
    const numeric = typeof value === 'string' && /^\d+$/u.test(value) && !check.safeParse(value).success;
    out[name] = numeric ? Number(value) : value;
  }
  return out;
}

/** The file's content checked in full: every table known, every row as its table requires. */
export function readExport(content: string, file: string): StoreExport {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new TransferError(`${file} is not JSON (${(error as Error).message})`);
  }
  const head = data as Partial<StoreExport> | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT)
    throw new TransferError(`${file} is not a store export: it has no "format": "${EXPORT_FORMAT}"`);
  if (head.version !== EXPORT_VERSION)
    throw new TransferError(
      `${file} is version ${String(head.version)} of the export; this version reads ${EXPORT_VERSION}`,
    );
  if (typeof head.tables !== 'object' || head.tables === null)
    throw new TransferError(`${file} has no "tables" object`);
  const tables: Tables = {};
  for (const [name, rows] of Object.entries(head.tables)) {
    const spec = TABLES[name];
    if (!spec) throw new TransferError(`${file}: unknown table "${name}" (known: ${Object.keys(TABLES).join(', ')})`);
    if (!Array.isArray(rows)) throw new TransferError(`${file}: ${name} must be a list of rows`);
    tables[name] = rows.map((row, i) => {
      const checked = spec.row.safeParse(row);
      if (checked.success) return checked.data as Record<string, unknown>;
      const issue = checked.error.issues[0];
      const field = issue?.path.join('.') || '(the row)';
      throw new TransferError(`${file}: ${name} row ${i + 1}: ${field}: ${issue?.message ?? 'is not valid'}`);
    });
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: String(head.exportedAt ?? ''), tables };
}

export interface ImportResult {
  added: Record<string, number>;
  kept: Record<string, number>;
}

/** Rows per table already in the store; empty when it holds nothing an import could collide with. */
export async function storedCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of Object.keys(TABLES)) {
    const row = await db.get<{ n: number | string }>(`SELECT count(*) AS n FROM ${name}`);
    const n = Number(row?.n ?? 0);
    if (n > 0) counts[name] = n;
  }
  return counts;
}

export async function importStore(db: Db, data: StoreExport, options: { merge: boolean }): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const held = await storedCounts(tx);
    if (Object.keys(held).length > 0 && !options.merge) {
      const what = Object.entries(held)
        .map(([name, n]) => `${n} ${name}`)
        .join(', ');
      throw new TransferError(
        `the store already holds data (${what}); nothing was imported. Import into an empty store, or add --merge to add only the rows it does not have`,
      );
    }
    const result: ImportResult = { added: {}, kept: {} };
    for (const [name, spec] of Object.entries(TABLES)) {
      let added = 0;
      for (const row of data.tables[name] ?? []) if (await insertRow(tx, name, spec, row)) added += 1;
      result.added[name] = added;
      result.kept[name] = (data.tables[name]?.length ?? 0) - added;
    }
    return result;
  });
}

async function insertRow(tx: Db, name: string, spec: TableSpec, row: Record<string, unknown>): Promise<boolean> {
  const names = columnsOf(spec);
  const values = names.map((n) => row[n] ?? null);
  if (!spec.key) {
    const same = names.map((n) => `${column(n)} IS NOT DISTINCT FROM ?`).join(' AND ');
    if (await tx.get(`SELECT 1 AS found FROM ${name} WHERE ${same}`, values)) return false;
  }
  const conflict = spec.key ? ` ON CONFLICT (${spec.key.join(', ')}) DO NOTHING` : '';
  const sql = `INSERT INTO ${name} (${names.map(column).join(', ')}) VALUES (${names.map(() => '?').join(', ')})${conflict}`;
  return (await tx.run(sql, values)) === 1;
}
