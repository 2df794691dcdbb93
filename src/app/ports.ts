/**
 * What the application needs from the platforms to post proactively (the weekly digest): one Messenger per
 * platform. Slack posts to a channel, Teams to a saved conversation reference, the web adapter to its local channel.
 */
import type { Digest } from '../core/digest/digest.js';

export type Platform = 'slack' | 'teams' | 'web';

/** Where a digest goes: a Slack channel id, a Teams conversation key (of a saved reference), or the local channel. */
export interface DigestTarget {
  platform: Platform;
  id: string;
  label?: string;
}

/** Which digest a message is, so that a crash between posting and recording never posts it twice. */
export interface DigestMark {
  subscriptionId: string;
  period: string;
  /** Which part of a digest posted as several messages (1-based); absent or 1 for a single message. */
  part?: number;
  parts?: number;
}

export interface Messenger {
  platform: Platform;
  /**
   * The digest as the messages this platform will take, in order, each within its size limits; one part when it
   * fits. Without it a digest is always one message.
   */
  split?(digest: Digest): Digest[];
  /** Posts one message (a whole digest or one part); returns the platform's id of it. Throws PlatformError. */
  postDigest(target: DigestTarget, digest: Digest, mark: DigestMark): Promise<{ messageId: string }>;
  /**
   * The id of a message already posted with this mark, searched in the target's messages since `since` (the
   * claim's first attempt); undefined when it is not there. Throws when the platform cannot answer.
   */
  findPosted?(target: DigestTarget, mark: DigestMark, since?: Date): Promise<string | undefined>;
  /** Sends a person a direct message (an admin told that a digest failed), when the platform knows this id. */
  notifyUser?(userId: string, text: string): Promise<boolean>;
}

/**
 * A platform refused or failed; `retryAfterMs` honours a 429's Retry-After. `uncertain`: the request may have
 * reached the platform (it timed out), so the post may exist even though the call failed.
 */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly uncertain = false,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** The local web channel: where digests are posted when no chat platform is configured, shown on the web page. */
export interface LocalChannel {
  list(limit: number): Promise<{ id: string; postedAt: string; digest: Digest }[]>;
}
