/**
 * "Pierakstīt šo kanālu 3. darba grupas kopsavilkumam": subscribes the conversation's channel to the digest of
 * what the message names, at the day, time, horizon and language it names (Mondays 09:00, four weeks, the
 * message's language otherwise). "Kopsavilkuma iestatījumi" shows the channel's subscriptions.
 */
import type { Answered } from '../../core/answer/answer.js';
import { Draft } from '../../core/answer/draft.js';
import type { Reply } from '../../core/answer/reply.js';
import { readScope } from '../../core/digest/read-scope.js';
import { readHorizonDays, readLanguage, readSchedule } from '../../core/digest/schedule-words.js';
import { scopeTitle } from '../../core/digest/scope-words.js';
import type { Message } from '../handle-message.js';
import type { DigestTarget } from '../ports.js';
import { mayChange, subscribe } from '../subscriptions.js';
import { type CommandDeps, denied, withoutReferences } from './command-deps.js';
import { settingsLines } from './settings-text.js';

export async function runSubscribe(
  message: Message,
  target: DigestTarget,
  answered: Answered,
  deps: CommandDeps,
): Promise<Reply> {
  const { intent, language: lang } = answered.reply;
  if (!mayChange(message.user?.id, deps.admins)) return denied(intent, lang);
  const text = withoutReferences(answered);
  const scope = readScope(answered.understanding, deps.kb.groups);
  const draft = new Draft();
  if (!scope) {
    draft.line(
      lang === 'lv'
        ? 'Kam pierakstīt šo kanālu? Nosauciet darba grupu, iestādi, pasākumu numuru vai dokumentu, piemēram: “Pierakstīt šo kanālu 3. darba grupas kopsavilkumam”, “… LM termiņu kopsavilkumam”, “… kopsavilkumam par 4.4 pasākumiem”.'
        : 'What should this channel follow? Name a working group, an institution, a measure number or a document, e.g. “Subscribe this channel to group 3”, “… to the digest for LM”, “… to measures 4.4”.',
    );
    return draft.reply(intent, lang, false);
  }
  const horizonDays = readHorizonDays(text);
  const { created, subscription } = await subscribe(deps.subscriptions, {
    target,
    scope,
    schedule: readSchedule(text),
    ...(horizonDays ? { horizonDays } : {}),
    language: readLanguage(text) ?? lang,
    ...(message.user ? { by: message.user.id } : {}),
    now: deps.now(),
  });
  const title = scopeTitle(subscription.scope, deps.kb, lang);
  draft.line(
    created
      ? lang === 'lv'
        ? `Pierakstīts: šis kanāls saņems iknedēļas termiņu kopsavilkumu — ${title}.`
        : `Subscribed: this channel will get the weekly deadline digest — ${title}.`
      : lang === 'lv'
        ? `Šis kanāls jau saņem šo kopsavilkumu — ${title}. Nekas netika mainīts.`
        : `This channel already gets this digest — ${title}. Nothing was changed.`,
  );
  for (const line of await settingsLines(subscription, deps, lang)) draft.line(line);
  draft.suggest(
    lang === 'lv' ? 'Parādīt kopsavilkumu tagad' : 'Preview the digest now',
    lang === 'lv' ? 'Mainīt kopsavilkuma laiku uz otrdienām 10:00' : 'Change the digest time to Tuesdays at 10:00',
  );
  return draft.reply(intent, lang, true);
}

export async function runShow(target: DigestTarget, answered: Answered, deps: CommandDeps): Promise<Reply> {
  const { intent, language: lang } = answered.reply;
  const subs = await deps.subscriptions.forTarget(target);
  const draft = new Draft();
  if (subs.length === 0) {
    draft.line(
      lang === 'lv'
        ? 'Šis kanāls nesaņem nevienu termiņu kopsavilkumu. Pierakstīt var, piemēram, ar “Pierakstīt šo kanālu 3. darba grupas kopsavilkumam”.'
        : 'This channel gets no deadline digest. To subscribe, say e.g. “Subscribe this channel to group 3”.',
    );
    draft.suggest(
      lang === 'lv' ? 'Pierakstīt šo kanālu 3. darba grupas kopsavilkumam' : 'Subscribe this channel to group 3',
    );
    return draft.reply(intent, lang, true);
  }
  draft.line(
    lang === 'lv'
      ? `Šis kanāls saņem ${subs.length === 1 ? 'vienu kopsavilkumu' : `${subs.length} kopsavilkumus`}:`
      : `This channel gets ${subs.length === 1 ? 'one digest' : `${subs.length} digests`}:`,
  );
  for (const sub of subs) {
    draft.line(
      `• ${scopeTitle(sub.scope, deps.kb, lang)} (${sub.id}${sub.source === 'config' ? ', DIGEST_CONFIG' : ''})`,
    );
    for (const line of await settingsLines(sub, deps, lang)) draft.line(`  ${line}`);
  }
  return draft.reply(intent, lang, true);
}
