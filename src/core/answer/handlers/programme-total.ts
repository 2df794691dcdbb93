/** The state programme's total funding, checked against the sum of its activities. */
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import { Draft } from '../draft.js';
import { notFound } from '../not-found.js';
import type { Reply } from '../reply.js';
import { formatAmount, quote, shorten } from '../words.js';

export function programmeTotal(ctx: AnswerContext, intent: string): Reply {
  const total = ctx.kb.knowledge.programmeTotal;
  if (!total) return notFound(ctx, intent);
  const { lang } = ctx;
  const amount = formatAmount(total.stated, lang);
  const draft = new Draft();
  draft.line(
    lang === 'lv'
      ? `Valsts programmas 2026. gadam kopējais finansējums ir ${amount} euro (dokumentā: ${quote(total.source.raw)}).`
      : `The total funding of the State programme 2026 is ${amount} euro (in the document: ${quote(total.source.raw)}).`,
  );
  draft.line(
    total.matches
      ? lang === 'lv'
        ? 'Tas sakrīt ar pasākumu finansējuma summu.'
        : 'It equals the sum of the activities’ funding.'
      : lang === 'lv'
        ? `Pasākumu finansējuma summa ir ${formatAmount(total.sum, lang)} euro — tā nesakrīt ar norādīto kopsummu.`
        : `The activities’ funding adds up to ${formatAmount(total.sum, lang)} euro, which differs from the stated total.`,
  );
  for (const a of ctx.kb.knowledge.activities) {
    draft.items.push({ id: a.id, title: shorten(a.title, 90), detail: `${formatAmount(a.funding.amount, lang)} euro` });
  }
  draft.source(cite(total.source, lang));
  return draft.reply(intent, lang, true);
}
