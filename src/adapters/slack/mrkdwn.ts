/**
 * Text in Slack's mrkdwn. Everything we post that we did not write ourselves (the user's question, the answer,
 * the documents' wording) is escaped, so that nothing can ping a channel, mention a person or make a link:
 * Slack only turns `<…>` sequences into mentions and links, and `&`, `<`, `>` are the characters it asks apps
 * to escape. Broadcast words are broken up as well, so that no answer ever reads "@channel".
 */

/** Slack sends what a user typed with `&`, `<`, `>` as entities; these are the only three it encodes. */
const SLACK_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** An invisible WORD JOINER after "@" keeps "@channel" readable but not a broadcast, whatever the client does. */
const BROADCAST = /@(channel|here|everyone)\b/giu;

/** A user's message as they typed it: Slack's three entities decoded, markup such as `<!channel>` left as text. */
export function decodeSlackText(text: string): string {
  return text.replace(/&(?:lt|gt|amp);/gu, (entity) => SLACK_ENTITIES[entity] ?? entity);
}

/** Plain text → mrkdwn that shows exactly that text and cannot mention, link or broadcast. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(BROADCAST, '@\u2060$1');
}

/** A user's message, quoted back: decoded first so that a typed "<" shows as "<", then escaped. */
export function echoUserText(raw: string): string {
  return escapeMrkdwn(decodeSlackText(raw));
}

/** Cuts text to at most `max` characters (code points are never split), marking the cut with "…". */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Escapes, then cuts: the cut is measured on the escaped text, which is what Slack counts. */
export function escapeAndCut(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (Array.from(escaped).length <= max) return escaped;
  // Cutting the escaped text could split an entity ("&am…"), so cut the plain text until it fits.
  let plain = truncate(text, max);
  while (Array.from(escapeMrkdwn(plain)).length > max) plain = truncate(plain, Array.from(plain).length - 20);
  return escapeMrkdwn(plain);
}
