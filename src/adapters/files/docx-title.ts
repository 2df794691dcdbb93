/** The title in a .docx file's properties (`docProps/core.xml`, `dc:title`), which mammoth does not read. */
import { unzipSync } from 'fflate';
import { decodeEntities } from './html-tree.js';

const CORE = 'docProps/core.xml';

export function docxTitle(bytes: Uint8Array): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === CORE });
  } catch {
    return undefined;
  }
  const xml = files[CORE];
  if (!xml) return undefined;
  const m = /<dc:title>([^<]*)<\/dc:title>/.exec(new TextDecoder().decode(xml));
  const title = m?.[1] ? decodeEntities(m[1]).trim() : '';
  return title || undefined;
}
