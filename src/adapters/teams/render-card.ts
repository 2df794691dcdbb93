/**
 * A Reply as an Adaptive Card (schema 1.5): the answer's lines, its facts as a FactSet, one page of a long list,
 * each source with its quote in a container the reader opens ("Rādīt avotu"), then buttons: follow-up questions,
 * the reply's actions and, for a long list, "Iepriekšējie" / "Rādīt vairāk", which redraw the same card on another
 * page. Every button is an Action.Submit whose data CardActionSchema accepts. Every text is escaped for Teams
 * markdown (button titles are plain text already).
 */
import { type Citation, type ListItem, listLine, type Reply } from '../../core/answer/reply.js';
import type { CardAction } from './card-action.js';
import { cardWords } from './card-words.js';
import { escapeTeamsMarkdown } from './teams-markdown.js';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: 'Full' };
}

/** How many list items one card shows; "Rādīt vairāk" shows the next page in the same card. */
export const CARD_PAGE = 10;

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/**
 * One TextBlock per line, escaped: Teams joins single newlines inside a TextBlock into one paragraph, and reads
 * the rest as markdown.
 */
export function textBlocks(text: string, extra: CardElement = {}): CardElement[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'TextBlock', text: escapeTeamsMarkdown(line), wrap: true, ...extra }));
}

export function submit(title: string, data: CardAction, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

export interface CardContext {
  /** The key the answer is remembered under, for "Rādīt vairāk". */
  answerKey: string;
  question: string;
}

/** The answer as a card, showing the page of its list that starts at `offset`. */
export function renderReplyCard(reply: Reply, context: CardContext, offset = 0): AdaptiveCard {
  const from = Math.max(0, Math.min(offset, lastPageStart(reply)));
  const body: CardElement[] = [...textBlocks(reply.text)];
  if (reply.facts.length > 0) {
    const facts = reply.facts.map((f) => ({
      title: escapeTeamsMarkdown(f.label),
      value: escapeTeamsMarkdown(f.value),
    }));
    body.push({ type: 'FactSet', facts });
  }
  body.push(...itemBlocks(reply, from));
  body.push(...reply.sources.flatMap((s, i) => sourceBlocks(s, i, reply.language)));
  return adaptiveCard(body, replyActions(reply, context, from));
}

function lastPageStart(reply: Reply): number {
  return Math.max(0, Math.floor((reply.items.length - 1) / CARD_PAGE) * CARD_PAGE);
}

/** One page of the list; past the first page a heading says which items these are ("11.–20. no 52"). */
function itemBlocks(reply: Reply, from: number): CardElement[] {
  const page = reply.items.slice(from, from + CARD_PAGE);
  const lines = page.flatMap((item: ListItem) => textBlocks(listLine(item), { spacing: 'Small' }));
  if (from === 0 || page.length === 0) return lines;
  const heading = cardWords(reply.language).items(from + 1, from + page.length, reply.items.length);
  return [{ type: 'TextBlock', text: escapeTeamsMarkdown(heading), weight: 'Bolder', wrap: true }, ...lines];
}

function sourceBlocks(source: Citation, index: number, lang: Reply['language']): CardElement[] {
  const words = cardWords(lang);
  const id = `quote-${index}`;
  return [
    {
      type: 'ColumnSet',
      separator: index === 0,
      spacing: 'Medium',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: textBlocks(`${words.source}: ${source.title}, ${source.locator}`, { isSubtle: true, size: 'Small' }),
        },
        {
          type: 'Column',
          width: 'auto',
          items: [
            {
              type: 'ActionSet',
              actions: [{ type: 'Action.ToggleVisibility', title: words.showSource, targetElements: [id] }],
            },
          ],
        },
      ],
    },
    { type: 'Container', id, isVisible: false, style: 'emphasis', items: textBlocks(source.quote, { size: 'Small' }) },
  ];
}

function replyActions(reply: Reply, context: CardContext, from: number): CardElement[] {
  const words = cardWords(reply.language);
  const actions = [
    ...reply.suggestions.map((q) => submit(q, { action: 'ask', text: q })),
    ...reply.actions.map((a) =>
      submit(a.label, { action: 'command', text: a.command }, a.style === 'danger' ? 'destructive' : undefined),
    ),
  ];
  const page = (offset: number) => ({
    action: 'more' as const,
    answer: context.answerKey,
    text: context.question,
    offset,
  });
  if (from > 0) actions.push(submit(words.previous, page(Math.max(0, from - CARD_PAGE))));
  const next = from + CARD_PAGE;
  if (next < reply.items.length) actions.push(submit(`${words.showMore} (${reply.items.length - next})`, page(next)));
  return actions;
}
