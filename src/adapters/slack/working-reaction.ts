/**
 * The ⏳ reaction on a question whose answer takes a while: added only once the delay has passed (most answers
 * come sooner, and a reaction that flickers is noise), removed when the answer is out. Reactions are a courtesy:
 * failing to add or remove one is logged, never reported to the user.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../log/logger.js';

export const WORKING_EMOJI = 'hourglass_flowing_sand';

export interface Working {
  /** Clears the pending reaction, or removes it if it was added. */
  stop(): Promise<void>;
}

export const NOT_WORKING: Working = { stop: async () => {} };

export function showWorking(
  client: webApi.WebClient,
  target: { channel: string; ts: string },
  delayMs: number,
  logger: Logger,
): Working {
  const reaction = { channel: target.channel, timestamp: target.ts, name: WORKING_EMOJI };
  let added: Promise<boolean> | undefined;
  const timer = setTimeout(() => {
    added = client.reactions.add(reaction).then(
      () => true,
      (error: unknown) => {
        logger.debug({ err: error }, 'slack: could not add the working reaction');
        return false;
      },
    );
  }, delayMs);
  return {
    async stop() {
      clearTimeout(timer);
      if (!added || !(await added)) return;
      await client.reactions.remove(reaction).catch((error: unknown) => {
        logger.debug({ err: error }, 'slack: could not remove the working reaction');
      });
    },
  };
}
