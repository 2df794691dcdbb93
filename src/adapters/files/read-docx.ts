/** A .docx file → blocks, through mammoth's HTML (which keeps headings, lists and tables) and the file's title. */
import mammoth from 'mammoth';
import type { DocumentBlocks } from '../../core/documents/generic/blocks.js';
import { emptyFile, legacyFormat, malformedDocx } from './document-file-error.js';
import { docxTitle } from './docx-title.js';
import { htmlBlocks } from './html-blocks.js';
import { parseHtml } from './html-tree.js';

const OPTIONS = {
  // Empty paragraphs are kept: they are the blank lines the seeds' conventions count lines by.
  ignoreEmptyParagraphs: false,
  // Word's Title and Subtitle styles carry no heading level of their own.
  styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
};

export async function readDocx(file: string, bytes: Uint8Array): Promise<DocumentBlocks> {
  if (bytes.length === 0) throw emptyFile(file, false);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw legacyFormat(file, 'pdf');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw legacyFormat(file, 'doc');
  if (!startsWith(bytes, [0x50, 0x4b])) throw malformedDocx(file, NOT_ZIP);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, OPTIONS)).value;
  } catch (error) {
    throw malformedDocx(file, causeOf(error));
  }
  const blocks = htmlBlocks(parseHtml(html));
  if (!hasText(html)) throw emptyFile(file, true);
  const title = docxTitle(bytes);
  return title ? { file, title, blocks } : { file, blocks };
}

const NOT_ZIP = { lv: 'tas nav Word dokuments (nav ZIP arhīvs)', en: 'it is not a Word document (not a ZIP archive)' };

/** mammoth's own messages name internals; the user learns which part of the file is broken. */
function causeOf(error: unknown): { lv: string; en: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (/main document part/i.test(message)) {
    return {
      lv: 'tajā nav dokumenta galvenās daļas (word/document.xml)',
      en: 'it has no main document part (word/document.xml)',
    };
  }
  if (/zip|central directory|corrupt/i.test(message)) {
    return { lv: 'ZIP arhīvs ir bojāts vai nepilnīgs', en: 'its ZIP archive is damaged or incomplete' };
  }
  return { lv: 'dokumenta XML ir bojāts', en: 'its XML is damaged' };
}

function hasText(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').trim().length > 0;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
