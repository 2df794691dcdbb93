/**
 * /jautat <question>: acknowledged at once (Slack allows 3 seconds), then answered privately through the
 * command's response_url, with the question quoted and a button that posts the answer to the channel.
 */
import type { App } from '@slack/bolt';
import { cleanMessage } from '../../core/understand/clean-text.js';
import { answerQuestion } from './answer-question.js';
import { respondOutlet } from './outlets.js';
import { privateConversationId } from './places.js';
import type { SlackContext } from './slack-context.js';
import { HELP_QUESTION } from './slack-words.js';

export const SLASH_COMMAND = '/jautat';

export function registerCommand(app: App, ctx: SlackContext): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const team = command.team_id || ctx.teamId;
    const text = cleanMessage(command.text) ? command.text : HELP_QUESTION;
    await answerQuestion(
      ctx,
      client,
      {
        text,
        user: command.user_id,
        conversation: privateConversationId(team, command.channel_id, command.user_id),
        channel: command.channel_id,
        mode: 'private',
      },
      respondOutlet(respond),
    );
  });
}
