/** Reading what a recorded Teams message shows: its Adaptive Card, the card's texts and its submit buttons. */
import type { ConnectorCall } from '../../fakes/fake-bot-connector.js';

export type Card = Record<string, unknown> & { version?: string; body?: unknown[]; actions?: unknown[] };

export function cardOf(call: ConnectorCall | undefined): Card {
  const attachments = call?.body.attachments as { contentType: string; content: Card }[] | undefined;
  const attachment = attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error('no Adaptive Card');
  return attachment.content;
}

/** A TextBlock's text as Teams shows it: the markdown escapes are not seen. */
export function shown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+!|~<>.-])/gu, '$1');
}

/** Calls `visit` with each TextBlock's text, and each fact's title and value, as sent, in order. */
function visitTexts(card: Card, visit: (text: string, fact?: 'title' | 'value') => void): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock') visit(String(element.text));
    if (element.type === 'FactSet')
      for (const f of element.facts as { title: string; value: string }[]) {
        visit(f.title, 'title');
        visit(f.value, 'value');
      }
    for (const key of ['body', 'items', 'columns']) walk(element[key]);
  };
  walk(card.body);
}

/** Every text Teams would read as markdown, as sent: TextBlocks and both sides of each fact. */
export function rawTexts(card: Card): string[] {
  const texts: string[] = [];
  visitTexts(card, (text) => texts.push(text));
  return texts;
}

/** Every TextBlock's text and every FactSet fact ("title: value"), in order, as shown. */
export function cardTexts(card: Card): string[] {
  const texts: string[] = [];
  let title = '';
  visitTexts(card, (text, fact) => {
    if (fact === 'title') title = text;
    else texts.push(shown(fact === 'value' ? `${title}: ${text}` : text));
  });
  return texts;
}

export function submitActions(card: Card): { title: string; data: Record<string, unknown> }[] {
  return ((card.actions ?? []) as Record<string, unknown>[])
    .filter((a) => a.type === 'Action.Submit')
    .map((a) => ({ title: String(a.title), data: a.data as Record<string, unknown> }));
}
