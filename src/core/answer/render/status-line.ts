/**
 * The status of an item as users have marked it from chat (newest wins), or, for the report's tasks, as the
 * report states it. Who changed it and when is part of the line, so nobody mistakes a chat mark for the document.
 */

import { STATUS_WORDS } from '../../digest/digest-words.js';
import type { AnswerContext } from '../answer-context.js';
import { formatIsoDate } from '../dates.js';

export function statusLine(itemKey: string, ctx: AnswerContext): string {
  const record = ctx.statuses.latest(itemKey);
  const { lang } = ctx;
  if (!record) return lang === 'lv' ? 'Statuss: tērzēšanā nav atzīmēts.' : 'Status: nobody has marked it in chat.';
  const when = formatIsoDate(record.at.slice(0, 10), lang, 'locative');
  const note = record.note ? ` (${record.note})` : '';
  return lang === 'lv'
    ? `Statuss: ${STATUS_WORDS[record.status].lv}${note} — atzīmēja ${record.by} ${when}.`
    : `Status: ${STATUS_WORDS[record.status].en}${note} — marked by ${record.by} on ${when}.`;
}
