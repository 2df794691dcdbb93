/**
 * Messages: typed text (in a channel only when the bot is mentioned; the SDK has already removed that mention)
 * and card button presses (a message whose `value` is the button's data). Either way the conversation's
 * reference is saved, since being spoken to is how the bot learns where it may post later. A file attached to a
 * message is a document offered (on-file-attachment.ts). A page button and a
 * confirmation's "Apstiprināt" / "Atcelt" redraw the card they are on; other buttons ask anew.
 */
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { TOKEN_PATTERN } from '../../app/commands/confirmations.js';
import { answerInTurn, cardMessage, type Delivery, NEW_MESSAGE, replaceCard, type TeamsDeps } from './answer-turn.js';
import { parseCardAction } from './card-action.js';
import { cardWords } from './card-words.js';
import { addAttachedDocument, fileAttachment } from './on-file-attachment.js';
import { saveReference } from './references.js';
import { renderReplyCard } from './render-card.js';

/** What an empty mention ("@Asistents" alone) asks: the help. */
const EMPTY_QUESTION = 'palīdzība';

export function mentionsBot(activity: Activity): boolean {
  const bot = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type.toLowerCase() === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === bot,
  );
}

/** The question as typed: other people's mentions keep their names, Teams' non-breaking spaces become spaces. */
export function questionText(activity: Activity): string {
  return (activity.text ?? '')
    .replace(/<at>(.*?)<\/at>/g, '$1')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .trim();
}

export async function onMessage(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = ctx.activity;
  const action = activity.value === undefined ? undefined : parseCardAction(activity.value);
  const typed = action === undefined;
  if (typed && activity.conversation?.conversationType === 'channel' && !mentionsBot(activity)) return;
  await saveReference(deps.refs, activity, deps.runtime.handle.now());
  const attached = typed ? fileAttachment(activity) : undefined;
  if (attached) return addAttachedDocument(ctx, deps, attached);
  if (!action) return answerInTurn(ctx, deps, questionText(activity) || EMPTY_QUESTION);
  if (action.action === 'ask') return answerInTurn(ctx, deps, action.text);
  const card = clickedCard(activity);
  if (action.action === 'command') {
    return answerInTurn(ctx, deps, action.text, TOKEN_PATTERN.test(action.text) ? card : NEW_MESSAGE);
  }
  const remembered = deps.answers.get(action.answer);
  if (!remembered) return answerInTurn(ctx, deps, action.text);
  const page = renderReplyCard(remembered.reply, { answerKey: action.answer, question: action.text }, action.offset);
  const message = cardMessage(page, cardWords(remembered.reply.language).showMore);
  message.channelData = { feedbackLoopEnabled: true };
  if (card.kind === 'replace') return replaceCard(ctx, deps, message, card.messageId);
  await ctx.sendActivity(message);
}

/** The card a button was pressed on: Teams names its message in replyToId. */
function clickedCard(activity: Activity): Delivery {
  return activity.replyToId ? { kind: 'replace', messageId: activity.replyToId } : NEW_MESSAGE;
}
