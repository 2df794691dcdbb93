/**
 * `npm run documents -- --list`: the documents added at run time (id, title, file, how and when added, what was
 * found) and the files in the documents folder not read yet. `npm run documents -- --remove <id>`: removes one,
 * its file in the folder and its extraction; a running server stops serving it within seconds.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cliDesk } from './cli-desk.js';

const USAGE = 'usage: npm run documents -- --list | --remove <id>';

async function main(argv: string[]): Promise<number> {
  const desk = cliDesk();
  if (argv[0] === '--list' && argv.length === 1) {
    const { documents } = desk.list();
    if (documents.length === 0) console.log('no documents added (only the five known ones are served)');
    for (const d of documents) {
      const found = d.summary.counts.map((c) => `${c.count} ${c.kind}`).join(', ');
      console.log(`${d.id}  ${d.summary.title}`);
      console.log(`  file ${d.file}, added ${d.addedAt} via ${d.via}${d.addedBy ? ` by ${d.addedBy}` : ''}`);
      console.log(`  found: ${found}; ${d.summary.warnings.length} warnings`);
    }
    const read = new Set(documents.map((d) => d.file));
    const waiting = existsSync(desk.folder)
      ? readdirSync(desk.folder).filter((f) => !read.has(f) && !f.startsWith('.'))
      : [];
    for (const file of waiting) console.log(`not read yet (or not readable): ${file}`);
    return 0;
  }
  if (argv[0] === '--remove' && argv[1] && argv.length === 2) {
    const removed = await desk.remove(argv[1]);
    if (!removed) {
      const ids = desk.list().documents.map((d) => d.id);
      console.error(`error: no added document "${argv[1]}"${ids.length > 0 ? ` (added: ${ids.join(', ')})` : ''}`);
      return 1;
    }
    console.log(`removed ${argv[1]}: its file and extraction are gone; a running server stops serving it`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
