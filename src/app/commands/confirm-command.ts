/**
 * Stopping a channel's digest and replacing what it follows change what people rely on, so both ask first: the
 * reply names exactly what will change and carries "Apstiprināt" / "Atcelt" buttons with a one-time token. The
 * change is made only when the same person confirms in the same conversation within ten minutes.
 */
import type { Answered } from '../../core/answer/answer.js';
import { Draft } from '../../core/answer/draft.js';
import type { Language, Reply } from '../../core/answer/reply.js';
import { readScope } from '../../core/digest/read-scope.js';
import { describeScope, scopeTitle } from '../../core/digest/scope-words.js';
import { fold } from '../../core/text/fold.js';
import type { Message } from '../handle-message.js';
import type { DigestTarget } from '../ports.js';
import { mayChange, replaceScope } from '../subscriptions.js';
import { noSubscription, notFollowed } from './change-command.js';
import { chooseSubscriptions } from './choose-subscriptions.js';
import { type CommandDeps, denied, notice } from './command-deps.js';
import {
  CONFIRMATION_TTL_MS,
  type ConfirmOutcome,
  type PendingAction,
  TOKEN_PATTERN,
  takePending,
} from './confirmations.js';
import { settingsLines } from './settings-text.js';

export async function runUnsubscribe(
  message: Message,
  target: DigestTarget,
  answered: Answered,
  deps: CommandDeps,
): Promise<Reply> {
  const { intent, language: lang } = answered.reply;
  if (!mayChange(message.user?.id, deps.admins)) return denied(intent, lang);
  const subs = await deps.subscriptions.forTarget(target);
  if (subs.length === 0) return noSubscription(intent, lang);
  const stopping = chooseSubscriptions(subs, readScope(answered.understanding, deps.kb.groups));
  if (stopping.length === 0) return notFollowed(subs, intent, lang, deps);
  const names = stopping.map((s) => scopeTitle(s.scope, deps.kb, lang)).join('; ');
  const question =
    lang === 'lv'
      ? `Vai tiešām pārtraukt šī kanāla kopsavilkumu — ${names}? Apstipriniet 10 minūšu laikā.`
      : `Stop this channel's digest — ${names}? Please confirm within 10 minutes.`;
  return ask(message, { kind: 'unsubscribe', ids: stopping.map((s) => s.id) }, question, intent, lang, deps);
}

export async function runReplaceScope(message: Message, target: DigestTarget, answered: Answered, deps: CommandDeps) {
  const { intent, language: lang } = answered.reply;
  if (!mayChange(message.user?.id, deps.admins)) return denied(intent, lang);
  const subs = await deps.subscriptions.forTarget(target);
  if (subs.length === 0) return noSubscription(intent, lang);
  const scope = readScope(answered.understanding, deps.kb.groups);
  if (!scope) {
    const ask =
      lang === 'lv'
        ? 'Uz ko mainīt tvērumu? Nosauciet darba grupu, iestādi vai pasākumu numuru, piemēram: “Mainīt kopsavilkuma tvērumu uz 5. darba grupu”.'
        : 'What should the digest follow instead? Name a working group, an institution or a measure number, e.g. “Change the digest scope to group 5”.';
    return notice(intent, lang, ask, false);
  }
  const [only, ...others] = subs;
  if (!only || others.length > 0) {
    const have = subs.map((s) => scopeTitle(s.scope, deps.kb, lang)).join('; ');
    const text =
      lang === 'lv'
        ? `Šim kanālam ir vairāki kopsavilkumi (${have}). Atrakstiet lieko un pierakstiet jauno.`
        : `This channel has several digests (${have}). Unsubscribe the one to replace and subscribe the new one.`;
    return notice(intent, lang, text, false);
  }
  const from = describeScope(only.scope, deps.kb, deps.defaults, lang);
  const to = describeScope(scope, deps.kb, deps.defaults, lang);
  const question =
    lang === 'lv'
      ? `Vai aizstāt šī kanāla kopsavilkuma tvērumu? Tagad: ${from}. Būs: ${to}. Apstipriniet 10 minūšu laikā.`
      : `Replace what this channel's digest follows? Now: ${from}. New: ${to}. Please confirm within 10 minutes.`;
  return ask(message, { kind: 'replace-scope', id: only.id, scope }, question, intent, lang, deps);
}

async function ask(
  message: Message,
  action: PendingAction,
  question: string,
  intent: string,
  lang: Language,
  deps: CommandDeps,
) {
  const token = deps.newToken();
  const now = deps.now();
  await deps.confirmations.create({
    token,
    conversation: message.conversation,
    ...(message.user ? { userId: message.user.id } : {}),
    action,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString(),
  });
  const draft = new Draft().line(question);
  draft.actions.push(
    {
      label: lang === 'lv' ? 'Apstiprināt' : 'Confirm',
      command: `${lang === 'lv' ? 'apstiprināt' : 'confirm'} ${token}`,
      style: 'danger',
    },
    { label: lang === 'lv' ? 'Atcelt' : 'Cancel', command: `${lang === 'lv' ? 'atcelt' : 'cancel'} ${token}` },
  );
  return draft.reply(intent, lang, true);
}

/** "apstiprināt bcdfghjk" / "atcelt bcdfghjk" (the buttons), or a bare "apstiprināt" for the newest question. */
export async function runConfirm(message: Message, answered: Answered, deps: CommandDeps): Promise<Reply> {
  const { intent, language: lang } = answered.reply;
  if (!mayChange(message.user?.id, deps.admins)) return denied(intent, lang);
  const text = answered.understanding.text;
  const token = TOKEN_PATTERN.exec(text)?.[1];
  const request = {
    conversation: message.conversation,
    ...(token ? { token } : {}),
    ...(message.user ? { userId: message.user.id } : {}),
  };
  const outcome = await takePending(deps.confirmations, request, deps.now());
  if (!outcome.ok) return notice(intent, lang, refusal(outcome, lang), false);
  if (/\b(?:atcel\p{L}*|cancel\p{L}*|ne|no|nevajag)\b/u.test(fold(text))) {
    return notice(intent, lang, lang === 'lv' ? 'Atcelts; nekas netika mainīts.' : 'Cancelled; nothing was changed.');
  }
  return carryOut(outcome.pending.action, intent, lang, deps);
}

async function carryOut(action: PendingAction, intent: string, lang: Language, deps: CommandDeps): Promise<Reply> {
  const draft = new Draft();
  if (action.kind === 'unsubscribe') {
    for (const id of action.ids) {
      const sub = await deps.subscriptions.get(id);
      if (sub && (await deps.subscriptions.remove(id))) {
        const title = scopeTitle(sub.scope, deps.kb, lang);
        draft.line(
          lang === 'lv'
            ? `Atrakstīts: šis kanāls vairs nesaņems kopsavilkumu — ${title}.`
            : `Unsubscribed: this channel will no longer get the digest — ${title}.`,
        );
      }
    }
    if (draft.lines.length === 0)
      draft.line(lang === 'lv' ? 'Šī kopsavilkuma jau vairs nav.' : 'That digest no longer exists.');
    return draft.reply(intent, lang, true);
  }
  const updated = await replaceScope(deps.subscriptions, action.id, action.scope, deps.now());
  if (!updated)
    return notice(intent, lang, lang === 'lv' ? 'Šī kopsavilkuma vairs nav.' : 'That digest no longer exists.', false);
  draft.line(lang === 'lv' ? 'Tvērums aizstāts.' : 'Scope replaced.');
  for (const line of await settingsLines(updated, deps, lang)) draft.line(line);
  return draft.reply(intent, lang, true);
}

function refusal(outcome: Extract<ConfirmOutcome, { ok: false }>, lang: Language): string {
  const lv: Record<typeof outcome.reason, string> = {
    unknown: 'Šāds apstiprinājums nav zināms; nekas netika mainīts.',
    expired: 'Apstiprinājuma laiks (10 minūtes) ir beidzies; nekas netika mainīts. Atkārtojiet komandu.',
    used: 'Šis apstiprinājums jau ir izmantots.',
    elsewhere: 'Šis apstiprinājums pieder citai sarunai; nekas netika mainīts.',
    'someone-else': 'Apstiprināt vai atcelt var tikai tas, kurš izmaiņas prasīja.',
    'none-pending': 'Nav nevienas izmaiņas, ko apstiprināt.',
  };
  const en: Record<typeof outcome.reason, string> = {
    unknown: 'That confirmation is not known; nothing was changed.',
    expired: 'The confirmation has expired (10 minutes); nothing was changed. Please repeat the command.',
    used: 'That confirmation has already been used.',
    elsewhere: 'That confirmation belongs to another conversation; nothing was changed.',
    'someone-else': 'Only the person who asked for the change can confirm or cancel it.',
    'none-pending': 'There is no change waiting to be confirmed.',
  };
  return (lang === 'lv' ? lv : en)[outcome.reason];
}
