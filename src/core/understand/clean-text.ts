/**
 * A chat message → plain question text: Slack and Teams markup removed (mentions, channel links, link labels,
 * <at> tags, HTML entities), control characters dropped, whitespace collapsed, length capped.
 */

/** Longer messages are cut: no question needs more, and it bounds the work every later step does. */
export const MAX_MESSAGE_CHARS = 2000;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&nbsp;': ' ' };

export function cleanMessage(raw: string): string {
  const text = raw
    .slice(0, MAX_MESSAGE_CHARS * 4)
    // Teams: <at>Bot</at> mentions, then any other tag.
    .replace(/<at>[^<]{0,200}<\/at>/giu, ' ')
    // Slack: user mentions, broadcasts and user groups carry no question words.
    .replace(/<[@!][^<>]{0,200}>/gu, ' ')
    // Slack: <#C123|name> channel links keep their name, <https://x|label> links their label.
    .replace(/<#[A-Z0-9]+\|([^<>]{0,200})>/gu, '#$1')
    .replace(/<(?:https?:\/\/|mailto:)[^|<>]{0,500}\|([^<>]{0,500})>/gu, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^|<>]{0,500})>/gu, (_m, url: string) => url.replace(/^mailto:/u, ''))
    .replace(/<\/?[a-z][^<>]{0,200}>/giu, ' ')
    .replace(/&(?:lt|gt|amp|quot|nbsp);/gu, (e) => ENTITIES[e] ?? e)
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return text.slice(0, MAX_MESSAGE_CHARS);
}
