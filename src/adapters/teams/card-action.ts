/**
 * What the cards' Action.Submit buttons send back (Teams delivers it as a message whose `value` is the data):
 * ask a suggested question, run a reply action's command, or page through a long list. Validated here because
 * the value comes from the network like any other input.
 */
import { z } from 'zod';

const Text = z.string().trim().min(1).max(2000);

export const CardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('ask'), text: Text }),
  z.object({ action: z.literal('command'), text: Text }),
  z.object({
    action: z.literal('more'),
    /** The key of the remembered answer whose list is paged. */
    answer: z.string().max(64),
    /** The question, asked again if the answer is no longer remembered (e.g. after a restart). */
    text: Text,
    offset: z.number().int().min(0),
  }),
]);

export type CardAction = z.infer<typeof CardActionSchema>;

export function parseCardAction(value: unknown): CardAction | undefined {
  const parsed = CardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
