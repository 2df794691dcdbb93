/** The shape of an intent file (`intents/*.json`): intents are data, validated when they are loaded. */
import { z } from 'zod';

export const SlotNameSchema = z.enum([
  'subject',
  'reference',
  'institution',
  'group',
  'person',
  'abbreviation',
  'period',
]);
export type SlotName = z.infer<typeof SlotNameSchema>;

export const IntentSpecSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/, 'lower-case words joined by hyphens'),
  description: z.string().min(1),
  /** The answer handler that serves it (src/core/answer/handlers). */
  handler: z.string().min(1),
  /** What the intent asks about its subject when the question itself does not say. */
  fields: z.array(z.string()).default([]),
  /** Slots without which the intent makes no sense ("subject": a numbered item, group, person, or the conversation's). */
  requires: z.array(SlotNameSchema).default([]),
  examples: z.object({ lv: z.array(z.string().min(1)).min(3), en: z.array(z.string().min(1)).min(3) }),
});
export type IntentSpec = z.infer<typeof IntentSpecSchema>;
