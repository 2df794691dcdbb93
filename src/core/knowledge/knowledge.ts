/** The whole knowledge the assistant answers from: every document's extract merged, plus the institution registry. */
import { z } from 'zod';
import {
  type DocumentExtract,
  DocumentExtractSchema,
  DocumentInfoSchema,
  InstitutionSchema,
  ProgrammeTotalSchema,
} from './model.js';

export const KnowledgeSchema = DocumentExtractSchema.omit({ document: true, programmeTotal: true }).extend({
  documents: z.array(DocumentInfoSchema),
  institutions: z.array(InstitutionSchema),
  programmeTotal: ProgrammeTotalSchema.optional(),
});
export type Knowledge = z.infer<typeof KnowledgeSchema>;

export const CuratedInstitutionsSchema = z.array(InstitutionSchema);

type ListKey = Exclude<keyof DocumentExtract, 'document' | 'programmeTotal'>;

/** The lists every extract has, in the order they are merged and counted. */
export const LIST_KEYS: readonly ListKey[] = [
  'abbreviations',
  'events',
  'directions',
  'planTasks',
  'measures',
  'reportTasks',
  'programmeSections',
  'activities',
  'groups',
  'units',
  'projects',
  'contacts',
  'passages',
  'facts',
  'warnings',
];

/** Concatenates the extracts in the order given (the catalogue's order keeps answers stable). */
export function mergeExtracts(extracts: DocumentExtract[], institutions: Knowledge['institutions']): Knowledge {
  const knowledge: Knowledge = {
    documents: extracts.map((e) => e.document),
    institutions,
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
  for (const extract of extracts) {
    for (const key of LIST_KEYS) (knowledge[key] as unknown[]).push(...extract[key]);
    if (extract.programmeTotal) knowledge.programmeTotal = extract.programmeTotal;
  }
  return knowledge;
}
