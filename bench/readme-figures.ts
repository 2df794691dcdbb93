/**
 * Rewrites the figures in bench/README.md, between its two marker lines, from the results. `npm run bench` calls
 * it after a run; `npm run bench:readme` does it alone from bench/results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';
import { type Results, resultsMarkdown } from './print-results.js';

const README = join(PROJECT_ROOT, 'bench', 'README.md');
const RESULTS = join(PROJECT_ROOT, 'bench', 'results.json');
const START = '<!-- figures: generated from results.json by npm run bench:readme -->';
const END = '<!-- end of figures -->';

export function writeReadmeFigures(results: Results, file = README): void {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file}: the figure markers are missing`);
  writeFileSync(file, `${text.slice(0, from + START.length)}\n\n${resultsMarkdown(results)}\n\n${text.slice(to)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeReadmeFigures(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results); // why: the file run.ts wrote
}
