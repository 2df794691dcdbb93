/**
 * "Mainīt kopsavilkuma laiku uz otrdienām 10:00", "… uz 8 nedēļām", "… angliski": changes when the channel's
 * digests go, how far ahead they look, or their language. With several digests in the channel, one the message
 * names is changed, else all of them (they are "this channel's digest" to the people in it).
 */
import type { Answered } from '../../core/answer/answer.js';
import { Draft } from '../../core/answer/draft.js';
import type { Reply } from '../../core/answer/reply.js';
import { readScope } from '../../core/digest/read-scope.js';
import { readHorizonDays, readLanguage, readSchedule } from '../../core/digest/schedule-words.js';
import { scopeTitle } from '../../core/digest/scope-words.js';
import type { Subscription } from '../../core/digest/subscription.js';
import type { Message } from '../handle-message.js';
import type { DigestTarget } from '../ports.js';
import { changeSettings, mayChange, type SettingsChange } from '../subscriptions.js';
import { chooseSubscriptions } from './choose-subscriptions.js';
import { type CommandDeps, denied, notice, withoutReferences } from './command-deps.js';
import { settingsLines } from './settings-text.js';

export async function runChange(
  message: Message,
  target: DigestTarget,
  answered: Answered,
  deps: CommandDeps,
): Promise<Reply> {
  const { intent, language: lang } = answered.reply;
  if (!mayChange(message.user?.id, deps.admins)) return denied(intent, lang);
  const subs = await deps.subscriptions.forTarget(target);
  if (subs.length === 0) return noSubscription(intent, lang);
  const change = readChange(withoutReferences(answered));
  if (!change) {
    return notice(
      intent,
      lang,
      lang === 'lv'
        ? 'Ko mainīt? Nosauciet dienu un laiku (“otrdienās 10:00”), periodu (“8 nedēļas”) vai valodu (“angliski”).'
        : 'What should change? Name a day and time (“Tuesdays at 10:00”), a horizon (“8 weeks”) or a language (“in English”).',
      false,
    );
  }
  const meant = chooseSubscriptions(subs, readScope(answered.understanding, deps.kb.groups));
  if (meant.length === 0) return notFollowed(subs, intent, lang, deps);
  const draft = new Draft();
  for (const sub of meant) {
    const updated = await changeSettings(deps.subscriptions, sub.id, change, deps.now());
    if (!updated) continue;
    draft.line(`${lang === 'lv' ? 'Mainīts' : 'Changed'}: ${scopeTitle(updated.scope, deps.kb, lang)}.`);
    for (const line of await settingsLines(updated, deps, lang)) draft.line(line);
  }
  return draft.reply(intent, lang, true);
}

function readChange(text: string): SettingsChange | undefined {
  const schedule = readSchedule(text);
  const horizonDays = readHorizonDays(text);
  const language = readLanguage(text);
  const change: SettingsChange = {
    ...(Object.keys(schedule).length > 0 ? { schedule } : {}),
    ...(horizonDays && horizonDays <= 366 ? { horizonDays } : {}),
    ...(language ? { language } : {}),
  };
  return Object.keys(change).length > 0 ? change : undefined;
}

export function noSubscription(intent: string, lang: Answered['reply']['language']): Reply {
  return notice(
    intent,
    lang,
    lang === 'lv'
      ? 'Šis kanāls nesaņem nevienu kopsavilkumu. Vispirms pierakstiet to, piemēram: “Pierakstīt šo kanālu 3. darba grupas kopsavilkumam”.'
      : 'This channel gets no digest yet. Subscribe it first, e.g. “Subscribe this channel to group 3”.',
    false,
  );
}

export function notFollowed(
  subs: Subscription[],
  intent: string,
  lang: Answered['reply']['language'],
  deps: CommandDeps,
) {
  const have = subs.map((s) => scopeTitle(s.scope, deps.kb, lang)).join('; ');
  return notice(
    intent,
    lang,
    lang === 'lv'
      ? `Šim kanālam nav tāda kopsavilkuma. Tas saņem: ${have}.`
      : `This channel has no such digest. It gets: ${have}.`,
    false,
  );
}
