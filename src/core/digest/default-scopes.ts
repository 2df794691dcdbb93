/**
 * The default scope of each working group, kept by people in knowledge/curated/digest-scopes.json: besides the
 * group's own tasks and deadlines, the plan measures and report tasks about its subject (the NPAIS group ↔
 * measures 4.4.3–4.4.6), each topic saying why. Validated when loaded; a test checks every key exists.
 */
import { z } from 'zod';

const ItemKeySchema = z
  .string()
  .regex(
    /^(?:measure:\d+\.\d+\.\d+|report-task:\d+|group:\w+|group-task:\w+:\d+)$/,
    'an item key such as measure:4.4.5',
  );

export const TopicSchema = z.strictObject({
  /** How the digest names the topic: "tēma: NPAIS". */
  label: z.strictObject({ lv: z.string().min(1), en: z.string().min(1) }),
  items: z.array(ItemKeySchema).min(1),
  /** Why these items are about the group's subject (for the people who review the file). */
  why: z.string().min(10),
});
export type Topic = z.infer<typeof TopicSchema>;

export const GroupScopeSchema = z.strictObject({
  /** The working group's id in the groups document: "standing", "1" … "8". */
  group: z.string().min(1),
  why: z.string().min(10),
  topics: z.array(TopicSchema),
});
export type GroupScope = z.infer<typeof GroupScopeSchema>;

export const DigestScopesSchema = z.strictObject({
  description: z.string().optional(),
  groups: z.array(GroupScopeSchema),
});
export type DigestScopes = z.infer<typeof DigestScopesSchema>;

export const NO_DEFAULT_SCOPES: DigestScopes = { groups: [] };
