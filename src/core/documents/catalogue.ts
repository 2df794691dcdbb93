/** The five documents the assistant knows: how they are named in answers and which seed file holds each. */
import type { DocumentExtract, DocumentId, DocumentInfo, KnownDocumentId } from '../knowledge/model.js';

export const DOCUMENTS: Record<KnownDocumentId, DocumentInfo> = {
  plan: {
    id: 'plan',
    file: 'plan-2022-2025.txt',
    title: {
      lv: 'Bērnu, jaunatnes un ģimenes attīstības pamatnostādņu 2022.–2027. gadam īstenošanas plāns 2022.–2025. gadam',
      en: 'Implementation plan 2022–2025 of the Children, Youth and Family Development Guidelines 2022–2027',
    },
    short: { lv: 'Plāns 2022–2025', en: 'Plan 2022–2025' },
  },
  report: {
    id: 'report',
    file: 'report-violence-in-schools-2025.txt',
    title: {
      lv: 'Informatīvais ziņojums par progresu emocionālās un fiziskās vardarbības izskaušanā un nepieļaušanā izglītības iestādē',
      en: 'Informative report on progress in eliminating emotional and physical violence in educational institutions',
    },
    short: { lv: 'Ziņojums par vardarbību izglītības iestādēs', en: 'Report on violence in schools' },
  },
  programme: {
    id: 'programme',
    file: 'state-programme-2026.txt',
    title: {
      lv: 'Valsts programma bērna un ģimenes stāvokļa uzlabošanai 2026. gadam',
      en: 'State programme for improving the situation of children and families 2026',
    },
    short: { lv: 'Valsts programma 2026', en: 'State programme 2026' },
  },
  groups: {
    id: 'groups',
    file: 'working-groups.txt',
    title: {
      lv: 'Bērnu lietu sadarbības padomes pastāvīgā darba grupa un apakšgrupas',
      en: "Standing working group and subgroups of the Children's Affairs Cooperation Council",
    },
    short: { lv: 'Darba grupas', en: 'Working groups' },
  },
  bac: {
    id: 'bac',
    file: 'bac-information-for-municipalities.txt',
    title: {
      lv: 'Informācija pašvaldībām par Bērnu aizsardzības centra darbību',
      en: "Information for municipalities about the Children's Protection Centre",
    },
    short: { lv: 'BAC informācija pašvaldībām', en: 'BAC information for municipalities' },
  },
};

/** The known document with this id; undefined for a document added at run time. */
export function knownDocument(id: DocumentId): DocumentInfo | undefined {
  return Object.hasOwn(DOCUMENTS, id) ? DOCUMENTS[id as KnownDocumentId] : undefined;
}

/** An extract with every list empty, for parsers to fill. */
export function emptyExtract(id: KnownDocumentId): DocumentExtract {
  return blankExtract(DOCUMENTS[id]);
}

/** An extract of any document, known or added at run time, with every list empty. */
export function blankExtract(document: DocumentInfo): DocumentExtract {
  return {
    document,
    abbreviations: [],
    events: [],
    directions: [],
    planTasks: [],
    measures: [],
    reportTasks: [],
    programmeSections: [],
    activities: [],
    groups: [],
    units: [],
    projects: [],
    contacts: [],
    passages: [],
    facts: [],
    warnings: [],
  };
}

/** A document whose structure a parser cannot find: ingest reports it by file and goes on with the others. */
export class ParseError extends Error {
  constructor(
    readonly document: KnownDocumentId,
    message: string,
  ) {
    super(`${DOCUMENTS[document].file}: ${message}`);
    this.name = 'ParseError';
  }
}
