/**
 * "Kopsavilkums tagad", "Parādīt 3. darba grupas kopsavilkumu", "digest in full": the digest as it would be
 * posted now, without posting it or touching the ledger. A scope the message names wins over the channel's own
 * subscriptions; "pilnībā" / "in full" lifts the cap on overdue items.
 */
import type { Answered } from '../../core/answer/answer.js';
import { Draft } from '../../core/answer/draft.js';
import type { Reply } from '../../core/answer/reply.js';
import { digestText } from '../../core/digest/digest-text.js';
import { readScope } from '../../core/digest/read-scope.js';
import { DEFAULT_HORIZON_DAYS, type Subscription } from '../../core/digest/subscription.js';
import { fold } from '../../core/text/fold.js';
import type { DigestTarget } from '../ports.js';
import { type CommandDeps, digestOf } from './command-deps.js';

type Previewed = Pick<Subscription, 'id' | 'scope' | 'horizonDays' | 'language' | 'mentions'>;

export async function runPreview(
  target: DigestTarget | undefined,
  answered: Answered,
  deps: CommandDeps,
): Promise<Reply> {
  const { intent, language: lang } = answered.reply;
  const full = /\b(?:pilnib\p{L}*|pilnu|visu|in full|full)\b/u.test(fold(answered.understanding.text));
  const named = readScope(answered.understanding, deps.kb.groups);
  const subs: Previewed[] = named
    ? [{ id: 'preview', scope: named, horizonDays: DEFAULT_HORIZON_DAYS, language: lang, mentions: {} }]
    : target
      ? await deps.subscriptions.forTarget(target)
      : [];
  const draft = new Draft();
  if (subs.length === 0) {
    draft.line(
      lang === 'lv'
        ? 'Šim kanālam nav kopsavilkuma. Nosauciet, ko parādīt, piemēram: “Parādīt 3. darba grupas kopsavilkumu” vai “Kāds būtu LM kopsavilkums?”.'
        : 'This channel has no digest. Name what to show, e.g. “Show me the digest for group 3” or “What would the LM digest look like?”.',
    );
    return draft.reply(intent, lang, false);
  }
  draft.line(lang === 'lv' ? 'Priekšskatījums (nav nosūtīts):' : 'Preview (not posted):');
  const statuses = await deps.statuses.snapshot();
  for (const sub of subs) draft.line(digestText(digestOf(deps, sub, statuses, full)));
  return draft.reply(intent, lang, true);
}
