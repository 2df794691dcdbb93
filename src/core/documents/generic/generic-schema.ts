/**
 * What the generic extraction finds in a document of no known kind: its title, sections, passages, abbreviation
 * list, item tables and the items in them, and what it could not read. Validated like the known extracts, so that
 * it can be stored and later served beside them.
 */
import { z } from 'zod';
import { PartySchema, PeriodSchema } from '../../knowledge/model.js';
import { FieldSchema } from './header-words.js';

export const GenericPassageSchema = z.object({
  id: z.string().min(1),
  /** Headings from the document root down to the passage. */
  section: z.array(z.string()),
  text: z.string().min(1),
  /** For citations: "section 3.2", "section “Ievads”", "table 1". */
  locator: z.string().min(1),
});
export type GenericPassage = z.infer<typeof GenericPassageSchema>;

export const GenericAbbreviationSchema = z.object({
  abbr: z.string().min(1),
  name: z.string().min(1),
  institution: z.string().optional(),
  locator: z.string().min(1),
});
export type GenericAbbreviation = z.infer<typeof GenericAbbreviationSchema>;

export const GenericTableSchema = z.object({
  /** 1-based, in document order, counting every table. */
  table: z.number().int().positive(),
  section: z.array(z.string()),
  /** The header cells as written and the field each names (null: a column no header word names). */
  columns: z.array(z.object({ header: z.string(), field: FieldSchema.nullable() })),
  items: z.number().int().nonnegative(),
});
export type GenericTable = z.infer<typeof GenericTableSchema>;

export const GenericItemSchema = z.object({
  table: z.number().int().positive(),
  /** 1-based row of the table, the header row included, as a reader counts it. */
  row: z.number().int().positive(),
  /** The number as the document writes it ("1.1.4."), and without its final dot ("1.1.4"). */
  number: z.string().optional(),
  id: z.string().optional(),
  noun: z.enum(['measure', 'task', 'activity', 'item']),
  text: z.string().optional(),
  result: z.string().optional(),
  indicator: z.string().optional(),
  status: z.string().optional(),
  funding: z.string().optional(),
  responsible: z.array(PartySchema),
  coResponsible: z.array(PartySchema),
  deadline: PeriodSchema.optional(),
  section: z.array(z.string()),
  /** "measure 9.1.1", or "table 2, row 4" when the row has no number. */
  locator: z.string().min(1),
  /** The row's cells as written, aligned to the columns. */
  cells: z.array(z.string()),
});
export type GenericItem = z.infer<typeof GenericItemSchema>;

export const GenericWarningSchema = z.object({
  kind: z.enum(['unreadable-deadline', 'unknown-abbreviation', 'unaligned-row']),
  locator: z.string().min(1),
  message: z.string().min(1),
});
export type GenericWarning = z.infer<typeof GenericWarningSchema>;

export const GenericExtractSchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1),
  titleFrom: z.enum(['properties', 'heading', 'file']),
  sections: z.array(z.object({ path: z.array(z.string()), passages: z.number().int().nonnegative() })),
  passages: z.array(GenericPassageSchema),
  abbreviations: z.array(GenericAbbreviationSchema),
  tables: z.array(GenericTableSchema),
  items: z.array(GenericItemSchema),
  warnings: z.array(GenericWarningSchema),
});
export type GenericExtract = z.infer<typeof GenericExtractSchema>;
