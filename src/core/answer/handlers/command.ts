/**
 * Commands with side effects (mark a status, subscribe a channel to digests) are carried out by the application
 * where there is a chat and a store; here, with neither (e.g. the command line), the reply says where to run them.
 */
import type { AnswerContext } from '../answer-context.js';
import { Draft } from '../draft.js';
import type { Reply } from '../reply.js';

export function answerCommand(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  draft.line(
    ctx.lang === 'lv'
      ? 'Šo komandu var izpildīt tērzēšanā (Slack, Teams vai vietējā tīmekļa tērzēšanā), kur ir zināms kanāls un lietotājs.'
      : 'This command runs in a chat (Slack, Teams or the local web chat), where the channel and the user are known.',
  );
  return draft.reply(intent, ctx.lang, false);
}
