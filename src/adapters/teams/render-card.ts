/**
 * A Reply as an Adaptive Card (schema 1.5): the answer's lines, its facts as a FactSet, the first list items,
 * each source with its quote in a container the reader opens ("Rādīt avotu"), then buttons: follow-up questions,
 * the reply's actions and "Rādīt vairāk" for the rest of a long list. Every button is an Action.Submit whose data
 * CardActionSchema accepts.
 */
import { type Citation, type ListItem, listLine, type Reply } from '../../core/answer/reply.js';
import type { CardAction } from './card-action.js';
import { cardWords } from './card-words.js';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: 'Full' };
}

/** How many list items one card shows; "Rādīt vairāk" sends the next page. */
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

/** One TextBlock per line: Teams joins single newlines inside a TextBlock into one paragraph. */
export function textBlocks(text: string, extra: CardElement = {}): CardElement[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'TextBlock', text: line, wrap: true, ...extra }));
}

export function submit(title: string, data: CardAction, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

export interface CardContext {
  /** The key the answer is remembered under, for "Rādīt vairāk". */
  answerKey: string;
  question: string;
}

export function renderReplyCard(reply: Reply, context: CardContext): AdaptiveCard {
  const body: CardElement[] = [...textBlocks(reply.text)];
  if (reply.facts.length > 0)
    body.push({ type: 'FactSet', facts: reply.facts.map((f) => ({ title: f.label, value: f.value })) });
  body.push(...itemBlocks(reply.items.slice(0, CARD_PAGE)));
  body.push(...reply.sources.flatMap((s, i) => sourceBlocks(s, i, reply.language)));
  return adaptiveCard(body, replyActions(reply, context, CARD_PAGE));
}

/** The next page of a long list, as its own card. */
export function renderItemsPage(reply: Reply, context: CardContext, offset: number): AdaptiveCard {
  const words = cardWords(reply.language);
  const page = reply.items.slice(offset, offset + CARD_PAGE);
  const heading = words.items(offset + 1, offset + page.length, reply.items.length);
  const body = [{ type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true }, ...itemBlocks(page)];
  const next = offset + CARD_PAGE;
  const actions = next < reply.items.length ? [moreAction(reply, context, next)] : [];
  return adaptiveCard(body, actions);
}

function itemBlocks(items: ListItem[]): CardElement[] {
  return items.map((item) => ({ type: 'TextBlock', text: listLine(item), wrap: true, spacing: 'Small' }));
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

function replyActions(reply: Reply, context: CardContext, shown: number): CardElement[] {
  const actions = [
    ...reply.suggestions.map((q) => submit(q, { action: 'ask', text: q })),
    ...reply.actions.map((a) =>
      submit(a.label, { action: 'command', text: a.command }, a.style === 'danger' ? 'destructive' : undefined),
    ),
  ];
  if (reply.items.length > shown) actions.push(moreAction(reply, context, shown));
  return actions;
}

function moreAction(reply: Reply, context: CardContext, offset: number): CardElement {
  const words = cardWords(reply.language);
  const rest = reply.items.length - offset;
  return submit(`${words.showMore} (${rest})`, {
    action: 'more',
    answer: context.answerKey,
    text: context.question,
    offset,
  });
}
