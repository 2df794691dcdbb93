/** What the understanding layer makes of a message: the slots it found and the intent it chose. */
import type { Language } from '../answer/reply.js';
import type { DocumentId, IsoDate } from '../knowledge/model.js';

/** A numbered thing the question names, and which kind of thing the words around it say it is. */
export interface Reference {
  /** 'id' when the question gives a number with no word saying what it numbers. */
  kind: 'measure' | 'plan-task' | 'direction' | 'report-task' | 'activity' | 'group' | 'id';
  /** Normalised: "4.4.5", "12", "2.1". */
  id: string;
  raw: string;
}

/** What about a subject the question asks. */
export type Field =
  | 'responsible'
  | 'coResponsible'
  | 'deadline'
  | 'indicator'
  | 'result'
  | 'text'
  | 'funding'
  | 'status'
  | 'progress'
  | 'leader'
  | 'deputy'
  | 'members'
  | 'purpose'
  | 'tasks'
  | 'count';

export type ContactKind = 'phone' | 'email' | 'web' | 'hours';

/** A time span a question restricts to: "2024. gada 2. pusgadā", "next month", "overdue". */
export interface PeriodSlot {
  kind: 'span' | 'overdue' | 'upcoming';
  start?: IsoDate;
  end?: IsoDate;
  raw: string;
}

export interface InstitutionSlot {
  id: string;
  by: 'abbreviation' | 'name';
  text: string;
}

export interface PersonSlot {
  /** The person's name as the document writes it. */
  name: string;
  raw: string;
}

export interface GroupSlot {
  id: string;
  /** 1 for a group named by number; lower for one matched by its topic words. */
  confidence: number;
}

export interface Understanding {
  /** The message as received. */
  original: string;
  /** Chat markup removed, whitespace collapsed, length capped. */
  text: string;
  language: Language;
  references: Reference[];
  institutions: InstitutionSlot[];
  persons: PersonSlot[];
  /** Capitalised names that look like a person's but are not in the documents. */
  unknownNames: string[];
  groups: GroupSlot[];
  period?: PeriodSlot;
  fields: Field[];
  /** Documents the question names ("ziņojumā", "the programme"). */
  documents: DocumentId[];
  statuses: ('done' | 'ongoing')[];
  contactKinds: ContactKind[];
  /** An abbreviation-looking word the question asks about, even if unknown ("Ko nozīmē XYZ?"). */
  abbreviations: string[];
  /** Latvian index terms for the question, including translations of its English words. */
  searchTerms: { term: string; boost?: number; source?: string }[];
  /** True when the message leans on the previous one ("un", "and", "tā", "its", no subject of its own). */
  followUp: boolean;
  intent: string;
  /** Scores of the intents considered, best first. */
  candidates: { intent: string; score: number }[];
}
