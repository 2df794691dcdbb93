/**
 * The knowledge model: every fact the assistant can state, as zod schemas (validated at load) and their types.
 * Every item carries its `source` so that an answer can cite the document, the place in it and the raw text.
 */
import { z } from 'zod';

/** The five documents the assistant is built with, each read by a parser of its own. */
export const KnownDocumentIdSchema = z.enum(['plan', 'report', 'programme', 'groups', 'bac']);
export type KnownDocumentId = z.infer<typeof KnownDocumentIdSchema>;

/** A known document's id, or the id of a document added at run time (a slug of its file name). */
export const DocumentIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a document id such as plan');
export type DocumentId = z.infer<typeof DocumentIdSchema>;

/** A calendar date as `YYYY-MM-DD`; periods and deadlines never carry a time of day. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const SourceSchema = z.object({
  document: DocumentIdSchema,
  /** Human-readable place: "measure 4.4.5", "task 12", "activity 2.1.3", "subgroup 4", "abbreviation VBTAI". */
  locator: z.string().min(1),
  /** 1-based line of the seed file where the item starts. */
  line: z.number().int().positive(),
  /** The text as it stands in the document (cell or paragraph), artefacts such as bookmarks removed. */
  raw: z.string(),
  /** A document added at run time: its short title, which the catalogue of known documents does not hold. */
  title: z.object({ lv: z.string(), en: z.string() }).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * A deadline or period as written in a document.
 * - `due`: to be done by `end`; `start` is the beginning of the named interval (half-year, quarter, month, day).
 * - `from`: starts at `start` and has no end (`recurrence: 'yearly'` for "ik gadu").
 * - `range`: from `start` to `end`.
 * - `ongoing`: permanent or recurring with no date at all ("pastāvīgi", "nav nosakāms termiņš").
 * - `unknown`: no deadline could be read; `problem` says why (the raw text is kept, nothing is guessed).
 */
export const PeriodSchema = z.object({
  kind: z.enum(['due', 'from', 'range', 'ongoing', 'unknown']),
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  recurrence: z.literal('yearly').optional(),
  /** The precision the text gives its dates in: "2024. gada 2. pusgads" is `half`, "(31.08.2024.)" is `day`. */
  unit: z.enum(['day', 'month', 'quarter', 'half', 'year']).optional(),
  /** Text around the dates that qualifies them, e.g. "(esošā ESF projekta ietvaros)". */
  note: z.string().optional(),
  /** Why a period is `unknown`, e.g. "no deadline given" or "31 September does not exist". */
  problem: z.string().optional(),
  raw: z.string(),
});
export type Period = z.infer<typeof PeriodSchema>;

/** An institution or other party named in a cell, as written, and the registry id it resolves to (if any). */
export const PartySchema = z.object({
  name: z.string().min(1),
  institution: z.string().optional(),
});
export type Party = z.infer<typeof PartySchema>;

export const DocumentInfoSchema = z.object({
  id: DocumentIdSchema,
  file: z.string(),
  title: z.object({ lv: z.string(), en: z.string() }),
  short: z.object({ lv: z.string(), en: z.string() }),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const AbbreviationSchema = z.object({
  abbr: z.string().min(1),
  /** The expansion exactly as the document writes it (the report uses the accusative for some). */
  name: z.string().min(1),
  /** The nominative (dictionary) form where the registry knows it differs from `name`. */
  nominative: z.string().optional(),
  institution: z.string().optional(),
  source: SourceSchema,
});
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

export const InstitutionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  abbreviations: z.array(z.string()),
  /** Other names and spellings found in the documents (any case form), used for recognition. */
  aliases: z.array(z.string()),
  kind: z.enum(['ministry', 'agency', 'council', 'municipality', 'ngo', 'company', 'parliament', 'other']),
  successor: z.object({ id: z.string(), date: IsoDateSchema }).optional(),
  predecessor: z.object({ id: z.string(), date: IsoDateSchema }).optional(),
  /** True when no document defines the name: it comes from the curated registry only. */
  curatedOnly: z.boolean(),
  /** Why this entry exists and where its facts come from. */
  why: z.string().min(1),
});
export type Institution = z.infer<typeof InstitutionSchema>;

export const EventSchema = z.object({
  kind: z.literal('reorganisation'),
  from: PartySchema,
  to: PartySchema,
  date: IsoDateSchema,
  source: SourceSchema,
});
export type InstitutionEvent = z.infer<typeof EventSchema>;

export const DirectionSchema = z.object({
  number: z.number().int().min(1),
  title: z.string().min(1),
  source: SourceSchema,
});
export type Direction = z.infer<typeof DirectionSchema>;

export const PlanTaskSchema = z.object({
  id: z.string().regex(/^\d+\.\d+$/),
  direction: z.number().int(),
  title: z.string().min(1),
  /** The guidelines task it implements, e.g. "1.1.2" from "(pamatnostādņu 1.1.2.uzdevums)". */
  guidelinesTask: z.string().optional(),
  footnotes: z.array(z.string()),
  source: SourceSchema,
});
export type PlanTask = z.infer<typeof PlanTaskSchema>;

export const MeasureSchema = z.object({
  /** "4.4.5"; null for a row whose number is missing in the document (see `flags`). */
  id: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .nullable(),
  direction: z.number().int(),
  /** The task the row belongs to ("1.1" even where the task heading itself is missing). */
  task: z.string(),
  text: z.string(),
  result: z.string(),
  indicator: z.string(),
  responsible: z.array(PartySchema),
  coResponsible: z.array(PartySchema),
  deadline: PeriodSchema,
  footnotes: z.array(z.string()),
  flags: z.array(z.enum(['number-missing'])),
  source: SourceSchema,
});
export type Measure = z.infer<typeof MeasureSchema>;

export const ReportTaskSchema = z.object({
  number: z.number().int().min(1),
  text: z.string().min(1),
  /** The lead parties: the ones named before "sadarbībā ar". */
  responsible: z.array(PartySchema),
  /** Parties named after "sadarbībā ar" ("in cooperation with"). */
  cooperating: z.array(PartySchema),
  /** The responsible cell as written, e.g. "LM sadarbībā ar IZM (31.08.2024.)". */
  responsibleRaw: z.string(),
  deadline: PeriodSchema,
  status: z.enum(['done', 'ongoing']),
  statusRaw: z.string(),
  progress: z.string(),
  footnotes: z.array(z.string()),
  source: SourceSchema,
});
export type ReportTask = z.infer<typeof ReportTaskSchema>;

export const ProgrammeSectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: SourceSchema,
});
export type ProgrammeSection = z.infer<typeof ProgrammeSectionSchema>;

export const ProgrammeActivitySchema = z.object({
  id: z.string().regex(/^\d+(\.\d+\.\d+)?$/),
  title: z.string().min(1),
  /** The section it belongs to: "1", "2.1" or "2.2". */
  section: z.string(),
  funding: z.object({ amount: z.number().nonnegative(), currency: z.literal('EUR'), raw: z.string() }),
  results: z.array(z.string()),
  description: z.string(),
  /** Who provides and administers it (the ministry or the centre), as the introduction assigns it. */
  runBy: PartySchema,
  runBySource: SourceSchema,
  source: SourceSchema,
});
export type ProgrammeActivity = z.infer<typeof ProgrammeActivitySchema>;

export const ProgrammeTotalSchema = z.object({
  stated: z.number(),
  sum: z.number(),
  matches: z.boolean(),
  source: SourceSchema,
});
export type ProgrammeTotal = z.infer<typeof ProgrammeTotalSchema>;

export const MemberSchema = z.object({
  person: z.string().optional(),
  role: z.string().optional(),
  institution: PartySchema.optional(),
  raw: z.string(),
});
export type Member = z.infer<typeof MemberSchema>;

export const GroupTaskSchema = z.object({
  text: z.string().min(1),
  result: z.string().optional(),
  deadline: PeriodSchema.optional(),
});
export type GroupTask = z.infer<typeof GroupTaskSchema>;

export const WorkingGroupSchema = z.object({
  /** "standing" or the number as written ("1" … "8"). */
  id: z.string(),
  kind: z.enum(['standing', 'subgroup', 'group']),
  title: z.string().min(1),
  purpose: z.string(),
  leader: MemberSchema.optional(),
  deputy: MemberSchema.optional(),
  members: z.array(MemberSchema),
  tasks: z.array(GroupTaskSchema),
  result: z.string().optional(),
  /** The group's own "Termiņš" line; tasks may carry their own deadlines instead. */
  deadline: PeriodSchema.optional(),
  footnotes: z.array(z.string()),
  source: SourceSchema,
});
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;

export const ContactSchema = z.object({
  kind: z.enum(['phone', 'email', 'web', 'hours']),
  /** Normalised value: digits for phones ("+37122405299"), lower-case e-mail, URL or host as written. */
  value: z.string().min(1),
  /** The value as it stands in the text ("22 045 225"). */
  display: z.string().min(1),
  /** What the contact is for, in the document's words (the sentence or bullet around it). */
  context: z.string(),
  unit: z.string().optional(),
  source: SourceSchema,
});
export type Contact = z.infer<typeof ContactSchema>;

export const UnitSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  parent: z.string().optional(),
  description: z.string(),
  services: z.array(z.string()),
  source: SourceSchema,
});
export type Unit = z.infer<typeof UnitSchema>;

export const ProjectSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  unit: z.string().optional(),
  period: PeriodSchema,
  activities: z.array(z.object({ title: z.string(), period: PeriodSchema })),
  source: SourceSchema,
});
export type Project = z.infer<typeof ProjectSchema>;

export const PassageSchema = z.object({
  id: z.string().min(1),
  /** Headings from the document root down to the passage. */
  section: z.array(z.string()),
  text: z.string().min(1),
  source: SourceSchema,
});
export type Passage = z.infer<typeof PassageSchema>;

/** The kinds of value a fact in running text states; a question asks for one of them ("kad", "cik", "kur" …). */
export const FactKindSchema = z.enum([
  'time',
  'place',
  'period',
  'date',
  'year',
  'amount',
  'percentage',
  'count',
  'duration',
  'frequency',
  'organisation',
  'law',
]);
export type FactKind = z.infer<typeof FactKindSchema>;

/** What a fact in running text is about: the most specific item its passage belongs to. */
export const FactSubjectSchema = z.object({
  kind: z.enum(['unit', 'project', 'project-activity', 'activity', 'report-task', 'section', 'document']),
  id: z.string().min(1),
  name: z.string().min(1),
  /** Names from the broadest to this subject (unit, project, project activity), for matching a question. */
  path: z.array(z.string()),
});
export type FactSubject = z.infer<typeof FactSubjectSchema>;

/**
 * A figure or detail stated in running text ("vismaz 200 bērniem", "no 12.2023. līdz 12.2029.", "49,24 EUR"),
 * extracted at ingest so that a question about it is answered with the value, not with the nearest sentence.
 */
export const RunningFactSchema = z.object({
  kind: FactKindSchema,
  /** The value as written in the text. */
  value: z.string().min(1),
  /** The number it states, for counts, amounts, percentages and years. */
  number: z.number().optional(),
  /** For a count, the words it counts ("bērniem ar uzvedības …"); for others, empty. */
  counted: z.string(),
  /** The clause of the sentence that holds the value: what the value is said of. */
  clause: z.string(),
  period: PeriodSchema.optional(),
  subject: FactSubjectSchema,
  /** The passage it was read from; `raw` is the whole sentence. */
  source: SourceSchema,
});
export type RunningFact = z.infer<typeof RunningFactSchema>;

export const WarningSchema = z.object({
  document: DocumentIdSchema,
  line: z.number().int().nonnegative(),
  kind: z.enum([
    'empty-cell',
    'unknown-abbreviation',
    'unreadable-deadline',
    'missing-number',
    'total-mismatch',
    'malformed',
  ]),
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** What one parser extracts from one document: the contents of `knowledge/extracted/<document>.json`. */
export const DocumentExtractSchema = z.object({
  document: DocumentInfoSchema,
  abbreviations: z.array(AbbreviationSchema),
  events: z.array(EventSchema),
  directions: z.array(DirectionSchema),
  planTasks: z.array(PlanTaskSchema),
  measures: z.array(MeasureSchema),
  reportTasks: z.array(ReportTaskSchema),
  programmeSections: z.array(ProgrammeSectionSchema),
  activities: z.array(ProgrammeActivitySchema),
  programmeTotal: ProgrammeTotalSchema.optional(),
  groups: z.array(WorkingGroupSchema),
  units: z.array(UnitSchema),
  projects: z.array(ProjectSchema),
  contacts: z.array(ContactSchema),
  passages: z.array(PassageSchema),
  /** Figures and details of the running text (added at ingest from the passages). */
  facts: z.array(RunningFactSchema).default([]),
  warnings: z.array(WarningSchema),
});
export type DocumentExtract = z.infer<typeof DocumentExtractSchema>;
