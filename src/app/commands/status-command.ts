/**
 * "4.4.5 izpildīts", "mark task 3 in progress because …", a digest line's button: marks the items the message
 * names (or the conversation's subject) and says what was stored, by whom, and what it was before. Without a
 * status word it asks which one, with a button for each. With ADMIN_USERS set, only they may mark.
 */
import type { Answered } from '../../core/answer/answer.js';
import { cite } from '../../core/answer/citations.js';
import { Draft } from '../../core/answer/draft.js';
import type { Language, Reply, Subject } from '../../core/answer/reply.js';
import { shorten } from '../../core/answer/words.js';
import { explicitKeys, referenceKeys, subjectKey } from '../../core/deadlines/item-keys.js';
import type { TrackedItem } from '../../core/deadlines/tracked-items.js';
import { shownId } from '../../core/digest/digest-line.js';
import { STATUS_WORDS, statusCommand, statusText } from '../../core/digest/digest-words.js';
import { readStatus } from '../../core/digest/read-status.js';
import type { Message } from '../handle-message.js';
import { markedBy, markStatus } from '../statuses.js';
import { mayChange } from '../subscriptions.js';
import { type CommandDeps, deniedStatus } from './command-deps.js';

const MAX_ITEMS = 10;

export async function runStatusSet(message: Message, answered: Answered, deps: CommandDeps): Promise<Reply> {
  const intent = answered.reply.intent;
  const lang = answered.reply.language;
  if (!mayChange(message.user?.id, deps.admins)) return deniedStatus(intent, lang);
  const keys = namedKeys(answered);
  const draft = new Draft();
  if (keys.length === 0) {
    draft.line(
      lang === 'lv'
        ? 'Kuram pasākumam vai uzdevumam atzīmēt statusu? Piemēram: “4.4.5 izpildīts” vai “3. uzdevums izpilde notiek”.'
        : 'Which measure or task should I mark? For example: “mark 4.4.5 done” or “mark task 3 in progress”.',
    );
    return draft.reply(intent, lang, false);
  }
  const change = readStatus(answered.understanding.text);
  if (!change) return askWhich(keys, deps, intent, lang);
  for (const key of keys.slice(0, MAX_ITEMS)) {
    const result = await markStatus(deps.statuses, deps.items, {
      itemKey: key,
      ...change,
      by: markedBy(message.user),
      now: deps.now(),
    });
    if (!result.ok) {
      draft.line(unknownText(key, lang));
      continue;
    }
    const name = itemName(result.item, lang);
    if (result.unchanged) {
      draft.line(
        lang === 'lv'
          ? `${name} jau ir atzīmēts: ${statusText(result.record, lang)}. Nekas netika mainīts.`
          : `${name} is already marked: ${statusText(result.record, lang)}. Nothing was changed.`,
      );
    } else {
      draft.line(`${lang === 'lv' ? 'Saglabāts' : 'Saved'}: ${name} — ${statusText(result.record, lang)}.`);
      const before = result.previous
        ? statusText(result.previous, lang)
        : lang === 'lv'
          ? 'tērzēšanā nebija atzīmēts'
          : 'not marked in chat';
      draft.fact(lang === 'lv' ? 'Iepriekš' : 'Before', before);
    }
    draft.source(cite(result.item.source, lang, result.item.period.raw || result.item.source.raw));
    const subject = subjectOf(result.item);
    if (subject) draft.subject(subject);
    draft.suggest(historyQuestion(result.item, lang));
  }
  return draft.reply(intent, lang, draft.subjects.length > 0);
}

/** Written-out keys (buttons), then the numbers in the text, then the conversation's subject ("mark it done"). */
function namedKeys(answered: Answered): string[] {
  const u = answered.understanding;
  const own = [...explicitKeys(u.text), ...referenceKeys(u)];
  if (own.length > 0) return [...new Set(own)];
  return answered.state.subjects.flatMap((s) => subjectKey(s) ?? []);
}

function askWhich(keys: string[], deps: CommandDeps, intent: string, lang: Language): Reply {
  const draft = new Draft();
  const key = keys[0] as string;
  const item = deps.items.get(key);
  const name = item ? itemName(item, lang) : key;
  draft.line(lang === 'lv' ? `Kādu statusu atzīmēt: ${name}?` : `Which status should ${name} have?`);
  for (const status of ['done', 'in-progress', 'not-started'] as const) {
    const word = STATUS_WORDS[status][lang];
    draft.actions.push({
      label: `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
      command: statusCommand(key, status, lang),
      ...(status === 'done' ? { style: 'primary' as const } : {}),
    });
  }
  return draft.reply(intent, lang, false);
}

function unknownText(key: string, lang: Language): string {
  const id = key.split(':').slice(1).join(':');
  return lang === 'lv'
    ? `Nevar atzīmēt “${id}”: dokumentos nav tāda pasākuma vai uzdevuma ar termiņu. Statuss netika saglabāts.`
    : `Cannot mark “${id}”: the documents have no measure or task with a deadline by that number. Nothing was saved.`;
}

export function itemName(item: TrackedItem, lang: Language): string {
  return `${shownId(item, lang)} “${shorten(item.title, 70)}”`;
}

function subjectOf(item: TrackedItem): Subject | undefined {
  if (item.kind === 'measure' || item.kind === 'report-task' || item.kind === 'group')
    return { kind: item.kind, id: item.id };
  return undefined;
}

function historyQuestion(item: TrackedItem, lang: Language): string {
  const id = item.kind === 'report-task' ? (lang === 'lv' ? `${item.id}. uzdevuma` : `task ${item.id}`) : item.id;
  return lang === 'lv' ? `Kas mainīja ${id} statusu?` : `Who changed the status of ${id}?`;
}
