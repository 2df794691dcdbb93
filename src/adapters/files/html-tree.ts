/**
 * A small reader for the HTML mammoth writes: well-formed elements, a handful of entities, no scripts or
 * comments. It builds a tree so that tables, lists and footnotes keep their nesting.
 */

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([a-zA-Z-]+)(?:="([^"]*)")?/g;
const VOID = new Set(['br', 'img', 'hr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const m of html.matchAll(TOKEN)) {
    const parent = stack[stack.length - 1] as HtmlElement;
    if (m[5] !== undefined) {
      parent.children.push(decodeEntities(m[5]));
      continue;
    }
    const tag = (m[2] as string).toLowerCase();
    if (m[1]) {
      const at = stack.findLastIndex((e) => e.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: HtmlElement = { tag, attrs: attributes(m[3] ?? ''), children: [] };
    parent.children.push(element);
    if (!m[4] && !VOID.has(tag)) stack.push(element);
  }
  return root;
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) attrs[(m[1] as string).toLowerCase()] = decodeEntities(m[2] ?? '');
  return attrs;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}
