/**
 * The neutral weekly digest every platform renders (Block Kit, Adaptive Card, the web page): sections of lines,
 * each line saying what is due, for whom, by when, why it is in this digest, and where it comes from.
 */
import type { Citation, Language, ReplyAction } from '../answer/reply.js';

export type DigestSectionKind = 'overdue' | 'due' | 'starting' | 'done' | 'unknown';

export interface DigestLine {
  /** "measure:4.4.5", "report-task:3", "group-task:6:1": the key statuses are kept under. */
  itemKey: string;
  /** As shown: "4.4.5", "3. uzd.". */
  id: string;
  title: string;
  /** Owners with abbreviations expanded: "LM (Labklājības ministrija)". */
  owners: string;
  /** Why the line is in this subscription's digest: "atbildīgā: LM", "darba grupas uzdevums". */
  why: string;
  /** The deadline in words, in the digest's language. */
  deadline: string;
  /** Days until the deadline (positive) or since it passed (negative); absent when the period has no date. */
  days?: number;
  status?: string;
  source: Citation;
  /** Buttons for the line (mark done, in progress). */
  actions: ReplyAction[];
  /** Platform handles to mention for the owners (a Slack user group, a Teams tag), from configuration. */
  mentions: string[];
}

export interface DigestSection {
  kind: DigestSectionKind;
  title: string;
  lines: DigestLine[];
  /** All lines of the section before the cap, so the text can say how many are not shown. */
  total: number;
  /** How to see the rest when capped ("Rādīt visus: …"). */
  more?: string;
}

export interface Digest {
  subscriptionId: string;
  /** The period this digest covers, e.g. "2026-W48": the ledger's key. */
  period: string;
  language: Language;
  title: string;
  /** One line saying what the digest covers (scope, horizon, date). */
  intro: string;
  sections: DigestSection[];
  /** True when nothing is due: the digest is the one line saying so. */
  empty: boolean;
  /** Problems to report, e.g. the previous digest failed to post. */
  notices: string[];
}
