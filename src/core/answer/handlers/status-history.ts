/**
 * "Kas mainīja 4.4.5 statusu?" / "Who changed the status of 4.4.5?": every status change made from chat, oldest
 * first, with who and when, and the document's own status where it states one. Read-only; marking is a command.
 */

import { explicitKeys, referenceKeys, subjectKey } from '../../deadlines/item-keys.js';
import { STATUS_WORDS } from '../../digest/digest-words.js';
import type { AnswerContext, StatusRecord } from '../answer-context.js';
import { cite } from '../citations.js';
import { formatIsoDate } from '../dates.js';
import { Draft } from '../draft.js';
import { askForSubject } from '../not-found.js';
import type { Reply, Subject } from '../reply.js';

export function answerStatusHistory(ctx: AnswerContext, intent: string): Reply {
  const keys = itemKeys(ctx);
  if (keys.length === 0) return askForSubject(ctx, intent);
  const draft = new Draft();
  for (const key of keys.slice(0, 3)) historyOf(key, ctx, draft);
  return draft.reply(intent, ctx.lang, draft.lines.length > 0);
}

function itemKeys(ctx: AnswerContext): string[] {
  const own = [...explicitKeys(ctx.u.text), ...referenceKeys(ctx.u)];
  if (own.length > 0) return [...new Set(own)];
  return (ctx.previous?.subjects ?? []).flatMap((s) => subjectKey(s) ?? []);
}

function historyOf(key: string, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const [kind, id = ''] = key.split(':');
  const name = kind === 'report-task' ? (lang === 'lv' ? `${id}. uzdevuma` : `task ${id}`) : id;
  const history = ctx.statuses.history(key);
  if (history.length === 0) {
    draft.line(
      lang === 'lv'
        ? `${name} statusu tērzēšanā neviens nav mainījis.`
        : `Nobody has changed the status of ${name} in chat.`,
    );
  } else {
    draft.line(
      lang === 'lv' ? `${name} statusa izmaiņas (vecākās vispirms):` : `Status changes of ${name} (oldest first):`,
    );
    history.forEach((record, i) => {
      draft.items.push({ id: `${i + 1}.`, title: changeText(record, ctx) });
    });
    const latest = history.at(-1);
    if (latest) draft.fact(lang === 'lv' ? 'Pašlaik' : 'Now', STATUS_WORDS[latest.status][lang]);
  }
  cited(key, ctx, draft);
  const subject = subjectOf(kind, id);
  if (subject) draft.subject(subject);
}

function changeText(record: StatusRecord, ctx: AnswerContext): string {
  const { lang } = ctx;
  const date = formatIsoDate(record.at.slice(0, 10), lang, 'nominative');
  const time = record.at.slice(11, 16);
  const note = record.note ? ` (${record.note})` : '';
  return lang === 'lv'
    ? `${date} ${time} UTC — ${STATUS_WORDS[record.status].lv}${note}; mainīja ${record.by}`
    : `${date} ${time} UTC — ${STATUS_WORDS[record.status].en}${note}; changed by ${record.by}`;
}

function cited(key: string, ctx: AnswerContext, draft: Draft): void {
  const [kind, id = ''] = key.split(':');
  if (kind === 'measure') {
    const m = ctx.kb.measures.get(id);
    if (m) draft.source(cite(m.source, ctx.lang, m.text));
  }
  if (kind === 'report-task') {
    const t = ctx.kb.reportTasks.get(id);
    if (!t) return;
    draft.fact(ctx.lang === 'lv' ? 'Ziņojumā' : 'In the report', t.statusRaw);
    draft.source(cite(t.source, ctx.lang, t.statusRaw));
  }
}

function subjectOf(kind: string | undefined, id: string): Subject | undefined {
  if (kind === 'measure' || kind === 'report-task' || kind === 'group') return { kind, id };
  return undefined;
}
