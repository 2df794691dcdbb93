/**
 * GET /api/deadlines?horizon=28&institution=LM&group=5&document=plan&bucket=overdue&lang=lv — the dashboard's rows
 * (see deadline-rows.ts), bucket counts under the other filters, and the filters' options with their counts. "Today" is the Riga date
 * of the runtime's clock; statuses come from runtime.handle.statuses when the status store is wired in.
 */
import type { Request, Response } from 'express';
import { z } from 'zod';
import { rigaDate } from '../../core/deadlines/riga-time.js';
import { type Bucket, trackedItems } from '../../core/deadlines/tracked-items.js';
import type { Runtime } from '../../runtime.js';
import { sendProblem } from '../http/problem.js';
import { BUCKETS } from './dashboard-words.js';
import { deadlineRows, filterRows } from './deadline-rows.js';
import { countOptions, filterOptions } from './filter-options.js';

const optional = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined));

const QuerySchema = z.object({
  horizon: z.coerce
    .number({ message: 'horizon must be a number of days' })
    .int('horizon must be a whole number of days')
    .min(1, 'horizon must be at least 1 day')
    .max(366, 'horizon must be at most 366 days')
    .default(28),
  institution: optional,
  group: optional,
  document: optional,
  bucket: z
    .enum(BUCKETS as [Bucket, ...Bucket[]], { message: `bucket must be one of ${BUCKETS.join(', ')}` })
    .optional(),
  lang: z.enum(['lv', 'en']).default('lv'),
});

export function deadlinesHandler(runtime: Runtime) {
  const kb = runtime.handle.engine.understander.kb;
  const items = trackedItems(kb.knowledge);
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = QuerySchema.safeParse(req.query);
    if (!parsed.success) {
      sendProblem(res, 400, parsed.error.issues.map((i) => i.message).join('; '));
      return;
    }
    const { horizon, lang, bucket, ...rest } = parsed.data;
    const today = rigaDate(runtime.handle.now());
    const statuses = await runtime.handle.statuses?.snapshot();
    const all = deadlineRows(kb, items, { today, horizon, lang }, statuses);
    const unbucketed = filterRows(kb, items, all, rest);
    const rows = bucket ? unbucketed.filter((r) => r.bucket === bucket) : unbucketed;
    const counts = Object.fromEntries(BUCKETS.map((b) => [b, unbucketed.filter((r) => r.bucket === b).length]));
    const filters = countOptions(filterOptions(kb, items, lang), (dimension, id) => {
      if (dimension === 'bucket') return counts[id] ?? 0;
      return filterRows(kb, items, all, { ...rest, ...(bucket ? { bucket } : {}), [dimension]: id }).length;
    });
    res.json({
      today,
      horizon,
      language: lang,
      total: all.length,
      counts,
      rows,
      filters,
    });
  };
}
