/**
 * A Reply as a Slack message: the answer text, key facts as fields, a page of a long list, the sources in a
 * context line (with their quoted cells when asked for), follow-up suggestions and the reply's own actions as
 * buttons, then paging, 👍/👎, "show source" and, for a private answer, "post to channel". All text is escaped.
 */
import { type Reply, replyText } from '../../core/answer/reply.js';
import { ACTION, type AnswerRef, encodeRef } from './action-values.js';
import {
  actions,
  type Block,
  type Button,
  button,
  context,
  fieldSections,
  LIMITS,
  type SlackMessage,
  sections,
  withinLimits,
} from './block-kit.js';
import { echoUserText, escapeAndCut, escapeMrkdwn, truncate } from './mrkdwn.js';
import { pageRange, sw } from './slack-words.js';

/** List items per page; the text already says how many there are in all. */
export const PAGE_SIZE = 10;
/** Room for the quoted cell of one source, so that several fit in a message. */
const QUOTE_CHARS = 1500;
const MAX_SUGGESTIONS = 5;
/** A fact is a short value; ten long ones would overrun the message's overall text limit. */
const FACT_CHARS = 1500;

export function renderReply(reply: Reply, ref: AnswerRef): SlackMessage {
  const body: Block[] = [
    ...questionBlocks(reply, ref),
    ...sections(escapeMrkdwn(reply.text).split('\n')),
    ...fieldSections(reply.facts.map((f) => `*${escapeAndCut(f.label, 200)}*\n${escapeAndCut(f.value, FACT_CHARS)}`)),
    ...itemBlocks(reply, ref.page),
    ...(ref.quotes ? quoteBlocks(reply) : []),
  ];
  const footer: Block[] = [
    ...sourceBlocks(reply),
    ...actions(suggestionButtons(reply)),
    ...actions(commandButtons(reply)),
    ...actions(controlButtons(reply, ref)),
  ];
  return {
    text: escapeAndCut(replyText(reply, PAGE_SIZE), LIMITS.sectionText),
    blocks: withinLimits(body, footer, LIMITS.messageBlocks, sw('cut', reply.language)),
  };
}

/** A private or published answer quotes its question, since the question itself is not in the channel. */
function questionBlocks(reply: Reply, ref: AnswerRef): Block[] {
  if (ref.mode === 'thread') return [];
  const question = truncate(echoUserText(ref.question), 2000);
  return [context([`*${sw('question', reply.language)}:* ${question}`])];
}

export function pageCount(reply: Reply): number {
  return Math.max(1, Math.ceil(reply.items.length / PAGE_SIZE));
}

function itemBlocks(reply: Reply, page: number): Block[] {
  if (reply.items.length === 0) return [];
  const first = Math.min(page, pageCount(reply) - 1) * PAGE_SIZE;
  const shown = reply.items.slice(first, first + PAGE_SIZE);
  const lines = shown.map(
    (item) =>
      `• *${escapeMrkdwn(item.id)}* ${escapeMrkdwn(item.title)}${item.detail ? ` — ${escapeMrkdwn(item.detail)}` : ''}`,
  );
  const range = pageRange(first + 1, first + shown.length, reply.items.length, reply.language);
  return [...sections(lines), context([range])];
}

function quoteBlocks(reply: Reply): Block[] {
  const lines = reply.sources.map((s) => {
    const quoted = escapeAndCut(s.quote.replace(/\s*\n\s*/gu, ' '), QUOTE_CHARS);
    return `*${escapeMrkdwn(s.title)}, ${escapeMrkdwn(s.locator)}*\n>${quoted}`;
  });
  return lines.flatMap((line) => sections([line]));
}

function sourceBlocks(reply: Reply): Block[] {
  const seen = new Set<string>();
  const places: string[] = [];
  for (const s of reply.sources) {
    const place = `${s.title}, ${s.locator}`;
    if (seen.has(place)) continue;
    seen.add(place);
    places.push(`📄 ${escapeAndCut(place, 300)}`);
  }
  if (places.length === 0) return [];
  const label = sw(places.length > 1 ? 'sources' : 'source', reply.language);
  return [context([`*${label}:*`, ...places].slice(0, LIMITS.contextElements))];
}

function suggestionButtons(reply: Reply): Button[] {
  return reply.suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((s, i) => button(s, `${ACTION.suggestionPrefix}${i}`, truncate(s, LIMITS.buttonValue)));
}

function commandButtons(reply: Reply): Button[] {
  return reply.actions.map((a, i) =>
    button(a.label, `${ACTION.commandPrefix}${i}`, truncate(a.command, LIMITS.buttonValue), a.style),
  );
}

function controlButtons(reply: Reply, ref: AnswerRef): Button[] {
  const lang = reply.language;
  const at = (page: number, quotes = ref.quotes) => encodeRef({ ...ref, page, quotes });
  const buttons: Button[] = [];
  const pages = pageCount(reply);
  if (reply.items.length > 0 && ref.page > 0)
    buttons.push(button(sw('previous', lang), ACTION.pagePrevious, at(ref.page - 1)));
  if (reply.items.length > 0 && ref.page < pages - 1)
    buttons.push(button(sw('next', lang), ACTION.pageNext, at(ref.page + 1)));
  buttons.push(
    { ...button('👍', ACTION.feedbackUp, at(ref.page)), accessibility_label: sw('helpful', lang) },
    { ...button('👎', ACTION.feedbackDown, at(ref.page)), accessibility_label: sw('notHelpful', lang) },
  );
  if (reply.sources.length > 0 && !ref.quotes)
    buttons.push(button(sw('showSource', lang), ACTION.showSource, at(ref.page, true)));
  if (ref.mode === 'private') buttons.push(button(sw('publish', lang), ACTION.publish, at(ref.page), 'primary'));
  return buttons;
}
