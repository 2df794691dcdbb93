/** A file that cannot be read as a document: names the file and says why, in Latvian and English. */

export type DocumentFileProblem = 'legacy-format' | 'unsupported-format' | 'empty' | 'malformed' | 'not-text';

export class DocumentFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DocumentFileProblem,
    readonly reason: { lv: string; en: string },
  ) {
    super(`${file}: ${reason.en}`);
    this.name = 'DocumentFileError';
  }
}

const SAVE_AS_DOCX = {
  lv: 'atveriet to programmā Word un saglabājiet kā .docx (Word dokuments)',
  en: 'open it in Word and save it as .docx (Word Document)',
};

export function legacyFormat(file: string, format: 'pdf' | 'doc'): DocumentFileError {
  const what =
    format === 'pdf'
      ? { lv: 'PDF failus nevar nolasīt', en: 'a PDF cannot be read' }
      : { lv: 'veco Word formātu (.doc) nevar nolasīt', en: 'the old Word format (.doc) cannot be read' };
  return new DocumentFileError(file, 'legacy-format', {
    lv: `${what.lv}: ${SAVE_AS_DOCX.lv}.`,
    en: `${what.en}: ${SAVE_AS_DOCX.en}.`,
  });
}

export function unsupportedFormat(file: string): DocumentFileError {
  return new DocumentFileError(file, 'unsupported-format', {
    lv: 'var nolasīt tikai .docx, .txt un .md dokumentus; saglabājiet dokumentu kā .docx.',
    en: 'only .docx, .txt and .md documents can be read; save the document as .docx.',
  });
}

export function emptyFile(file: string, hasBytes: boolean): DocumentFileError {
  return new DocumentFileError(
    file,
    'empty',
    hasBytes
      ? { lv: 'dokumentā nav teksta.', en: 'the document has no text.' }
      : { lv: 'fails ir tukšs (0 baitu).', en: 'the file is empty (0 bytes).' },
  );
}

export function malformedDocx(file: string, cause: { lv: string; en: string }): DocumentFileError {
  return new DocumentFileError(file, 'malformed', {
    lv: `nav nolasāms .docx fails: ${cause.lv}.`,
    en: `not a readable .docx file: ${cause.en}.`,
  });
}

export function notText(file: string): DocumentFileError {
  return new DocumentFileError(file, 'not-text', {
    lv: 'fails nav UTF-8 teksts; saglabājiet to kā .docx vai kā UTF-8 tekstu.',
    en: 'the file is not UTF-8 text; save it as .docx or as UTF-8 text.',
  });
}
