/**
 * The chat commands with side effects, chosen by the settled intent: marking statuses, digest subscriptions and
 * their confirmations, and the digest preview. Subscription commands need the channel the message came from
 * (Message.target); without one (the command line) the core's plain reply says where to run them.
 */
import type { Answered } from '../../core/answer/answer.js';
import type { Reply } from '../../core/answer/reply.js';
import type { CommandRunner, Message } from '../handle-message.js';
import type { DigestTarget } from '../ports.js';
import { runChange } from './change-command.js';
import type { CommandDeps } from './command-deps.js';
import { runConfirm, runReplaceScope, runUnsubscribe } from './confirm-command.js';
import { runPreview } from './preview-command.js';
import { runStatusSet } from './status-command.js';
import { runShow, runSubscribe } from './subscribe-command.js';

type InChannel = (message: Message, target: DigestTarget, answered: Answered, deps: CommandDeps) => Promise<Reply>;

const IN_CHANNEL: Record<string, InChannel> = {
  'subscription-subscribe': runSubscribe,
  'subscription-show': (_m, target, answered, deps) => runShow(target, answered, deps),
  'subscription-change': runChange,
  'subscription-scope': runReplaceScope,
  'subscription-unsubscribe': runUnsubscribe,
};

/** What the buttons send: exact forms that must never depend on how the classifier reads them. */
const BUTTON_FORMS: [RegExp, string][] = [
  [/^(?:statuss?|status) (?:measure|report-task|group-task|group):[\w.:]+ [\p{L} ]+$/u, 'status-set'],
  [/^(?:apstiprināt|atcelt|confirm|cancel) [bcdfghjkmnpqrstvwxz]{8}$/u, 'subscription-confirm'],
];

export function createCommandRunner(deps: CommandDeps): CommandRunner {
  return async (message, understood) => {
    const button = BUTTON_FORMS.find(([form]) => form.test(understood.understanding.text.trim()))?.[1];
    const answered = button ? { ...understood, reply: { ...understood.reply, intent: button } } : understood;
    const intent = answered.reply.intent;
    if (intent === 'status-set') return runStatusSet(message, answered, deps);
    if (intent === 'subscription-confirm') return runConfirm(message, answered, deps);
    if (intent === 'digest-preview') return runPreview(message.target, answered, deps);
    const command = IN_CHANNEL[intent];
    if (!command || !message.target) return undefined;
    return command(message, message.target, answered, deps);
  };
}
