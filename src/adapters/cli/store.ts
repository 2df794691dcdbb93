/**
 * `npm run store -- --export file.json` writes the store (statuses with history, subscriptions, the digest ledger,
 * conversation references, feedback, the local channel) to a file; `--import file.json [--merge]` reads one into the
 * store. The store is the one the environment names: PostgreSQL with DATABASE_URL, else SQLite in DATA_DIR.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../../config.js';
import { openStore } from '../store/open-store.js';
import type { Db } from '../store/sql.js';
import { StoreError } from '../store/store-health.js';
import { exportStore, importStore, readExport, TransferError } from '../store/store-transfer.js';

const USAGE = 'usage: npm run store -- --export file.json | --import file.json [--merge]';

type Args = { action: 'export' | 'import'; file: string; merge: boolean };

function readArgs(argv: string[]): Args {
  const action = argv.includes('--export') ? 'export' : argv.includes('--import') ? 'import' : undefined;
  const file = action ? argv[argv.indexOf(`--${action}`) + 1] : undefined;
  if (!action || !file || file.startsWith('--')) throw new TransferError(USAGE);
  return { action, file, merge: argv.includes('--merge') };
}

async function run(args: Args, db: Db): Promise<string> {
  if (args.action === 'export') {
    const data = await exportStore(db, new Date());
    writeFileSync(args.file, `${JSON.stringify(data, null, 2)}\n`);
    const counts = Object.entries(data.tables).map(([name, rows]) => `${rows.length} ${name}`);
    return `Exported to ${args.file}: ${counts.join(', ')}.`;
  }
  let content: string;
  try {
    content = readFileSync(args.file, 'utf8');
  } catch (error) {
    throw new TransferError(`cannot read ${args.file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const result = await importStore(db, readExport(content, args.file), { merge: args.merge });
  const lines = Object.keys(result.added).map(
    (name) => `${result.added[name]} ${name} added, ${result.kept[name]} kept`,
  );
  return `Imported ${args.file}: ${lines.join('; ')}.`;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const db = await openStore(loadConfig());
  try {
    process.stdout.write(`${await run(args, db)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  const known = [TransferError, ConfigError, StoreError].some((k) => error instanceof k);
  process.stderr.write(`${known ? (error as Error).message : `store failed: ${(error as Error).message}`}\n`);
  process.exitCode = error instanceof TransferError && (error as Error).message === USAGE ? 2 : 1;
});
