/**
 * Posts a digest into a Teams conversation whose reference was saved at installation (or when the bot was spoken
 * to there), as an Adaptive Card, with adapter.continueConversation. The post is a new message in the
 * conversation, not a reply to an old one. Connector failures become PlatformError (429 retryable, with its wait).
 * Teams refuses a message past its size limit (413), so a digest that would pass it goes as several cards.
 */
import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { DigestMark, DigestTarget, Messenger } from '../../app/ports.js';
import { PlatformError } from '../../app/ports.js';
import type { Digest } from '../../core/digest/digest.js';
import { splitDigest } from '../../core/digest/split-digest.js';
import type { ConversationRefs } from '../store/conversation-refs.js';
import { cardMessage } from './answer-turn.js';
import { toPlatformError } from './platform-error.js';
import { renderDigestCard } from './render-digest-card.js';
import { assertPostable } from './service-url.js';

/** continueConversation needs some app id even in anonymous local mode, where it is only a label. */
const ANONYMOUS_APP_ID = 'anonymous-local';
/** Teams takes about 100 KB a message, counted in UTF-16, and advises staying under 80 KB. */
export const TEAMS_MESSAGE_BYTES = 80_000;
/** Room for what the adapter adds to the activity on the way (addresses, ids, the service URL). */
const ADDRESSING_BYTES = 4_000;

export function digestMessage(digest: Digest): Activity {
  return cardMessage(renderDigestCard(digest), `${digest.title}\n${digest.intro}`);
}

/** An activity's size as Teams counts it: UTF-16, two bytes for each code unit of its JSON. */
export function teamsBytes(activity: unknown): number {
  return JSON.stringify(activity).length * 2;
}

function fitsOneMessage(digest: Digest): boolean {
  return teamsBytes(digestMessage(digest)) + ADDRESSING_BYTES <= TEAMS_MESSAGE_BYTES;
}

export class TeamsMessenger implements Messenger {
  readonly platform = 'teams' as const;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly refs: ConversationRefs,
    private readonly appId: string | undefined,
  ) {}

  split(digest: Digest): Digest[] {
    return splitDigest(digest, fitsOneMessage);
  }

  async postDigest(target: DigestTarget, digest: Digest, _mark: DigestMark): Promise<{ messageId: string }> {
    const stored = await this.refs.get(target.id);
    if (stored?.platform !== 'teams') {
      throw new PlatformError(`Teams: no saved conversation for ${target.id}; the app must be installed there`, false);
    }
    const reference = JSON.parse(stored.reference) as ConversationReference;
    assertPostable(reference.serviceUrl, this.appId);
    const message = digestMessage(digest);
    let messageId = '';
    let failure: unknown;
    try {
      await this.adapter.continueConversation(this.appId ?? ANONYMOUS_APP_ID, reference, async (ctx) => {
        // The continuation makes every send a reply to its own activity id; a digest is a post of its own.
        ctx.onSendActivities(async (_ctx, activities, next) => {
          for (const a of activities) a.replyToId = undefined;
          return next();
        });
        // Caught here, not thrown: the adapter's onTurnError would swallow it and try to send an apology.
        try {
          messageId = (await ctx.sendActivity(message))?.id ?? '';
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined) throw toPlatformError(failure);
    return { messageId };
  }
}
