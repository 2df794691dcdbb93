/**
 * The id of a document added at run time: its file name without the extension, folded to lower-case letters,
 * digits and hyphens ("Plāns 2026–2029.docx" → "plans-2026-2029"). An id already taken (a known document's, or
 * another file's with the same name) gets the extension, then a number, appended.
 */
import { fold } from '../../text/fold.js';

export function documentIdFor(file: string, taken: ReadonlySet<string>): string {
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const ext = dot > 0 ? file.slice(dot + 1) : '';
  const base = slug(stem) || 'document';
  const candidates = [base, ext ? `${base}-${slug(ext)}` : base];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
