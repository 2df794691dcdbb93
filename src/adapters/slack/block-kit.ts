/**
 * Block Kit builders that keep within Slack's limits, so that a long answer is cut or split rather than refused
 * with `invalid_blocks`: 50 blocks a message (100 in App Home), 3000 characters of section text, 10 fields of
 * 2000, 10 context elements, 25 buttons an actions block, 75 characters of button text, 2000 of button value,
 * and (undocumented, observed as msg_blocks_too_long) about 13,000 characters of text in all the blocks together.
 * Text given to these builders is already mrkdwn (escaped by the caller); `verbatim` stops Slack from turning
 * anything in it into a link or mention on its own.
 */
import type { types } from '@slack/bolt';
import { truncate } from './mrkdwn.js';

export type Block = types.KnownBlock;
export type Button = types.Button;

export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
  /** Below the ~13,200 characters of block text at which Slack answers msg_blocks_too_long. */
  messageText: 12_000,
} as const;

/** A message as chat.postMessage and response_url take it; `text` is the notification fallback, always set. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true } };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** Lines of mrkdwn as few sections as the 3000-character limit allows; a single overlong line is cut. */
export function sections(lines: string[]): types.SectionBlock[] {
  const blocks: types.SectionBlock[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, LIMITS.sectionText);
    const joined = current ? `${current}\n${line}` : line;
    if (Array.from(joined).length <= LIMITS.sectionText) {
      current = joined;
      continue;
    }
    if (current) blocks.push({ type: 'section', text: mrkdwn(current) });
    current = line;
  }
  if (current.trim()) blocks.push({ type: 'section', text: mrkdwn(current) });
  return blocks;
}

/** Fields (label and value, mrkdwn) ten to a section, each cut to 2000 characters. */
export function fieldSections(fields: string[]): types.SectionBlock[] {
  const blocks: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    const chunk = fields.slice(i, i + LIMITS.fields).map((f) => mrkdwn(truncate(f, LIMITS.field)));
    blocks.push({ type: 'section', fields: chunk });
  }
  return blocks;
}

export function context(texts: string[]): types.ContextBlock {
  const elements = texts.slice(0, LIMITS.contextElements).map((t) => mrkdwn(truncate(t, LIMITS.sectionText)));
  return { type: 'context', elements };
}

export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value: truncate(value, LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

/** Buttons in actions blocks of at most 25; no block at all when there are no buttons. */
export function actions(buttons: Button[]): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}

/** The characters of text a block shows (what Slack's overall size limit counts), button values aside. */
export function textChars(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + textChars(n), 0);
  if (!node || typeof node !== 'object') return 0;
  let sum = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'text' && typeof value === 'string') sum += value.length;
    else if (key !== 'value') sum += textChars(value);
  }
  return sum;
}

/**
 * The body and the footer within `max` blocks and the overall text limit: the footer (sources, buttons) always
 * fits; the body is cut where it no longer does, and `overflow` says so.
 */
export function withinLimits(body: Block[], footer: Block[], max: number, overflow: string): Block[] {
  const footerChars = textChars(footer);
  if (body.length + footer.length <= max && textChars(body) + footerChars <= LIMITS.messageText) {
    return [...body, ...footer];
  }
  const note = context([overflow]);
  let room = LIMITS.messageText - footerChars - textChars(note);
  const kept: Block[] = [];
  for (const block of body) {
    room -= textChars(block);
    if (room < 0 || kept.length + footer.length + 2 > max) break;
    kept.push(block);
  }
  return [...kept, note, ...footer];
}
