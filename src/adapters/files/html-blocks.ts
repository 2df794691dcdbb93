/**
 * mammoth's HTML → blocks. Headings, paragraphs, lists (with their depth), tables (header rows, spans, cells
 * holding paragraphs, lists or tables) and footnotes: mammoth appends the bodies as a final list whose items are
 * `footnote-N`; each body is attached to the paragraph that refers to it.
 */
import type {
  Block,
  Footnote,
  ListItemBlock,
  TableBlock,
  TableRow,
  TextPart,
} from '../../core/documents/generic/blocks.js';
import { type HtmlElement, type HtmlNode, isElement } from './html-tree.js';

const FOOTNOTE_ID = /^(?:foot|end)note-(\d+)$/;
const FOOTNOTE_LINK = /^#(?:foot|end)note-(\d+)$/;
const REF_MARKER = /\[footnoteRef:(\d+)\]/g;

export function htmlBlocks(root: HtmlElement): Block[] {
  const footnotes = collectFootnotes(root);
  return new Reader(footnotes).blocks(root.children.filter((n) => !isFootnoteList(n)));
}

function isFootnoteList(node: HtmlNode): boolean {
  return (
    isElement(node) &&
    node.tag === 'ol' &&
    node.children.some((c) => isElement(c) && FOOTNOTE_ID.test(c.attrs.id ?? ''))
  );
}

function collectFootnotes(root: HtmlElement): Map<number, Footnote> {
  const notes = new Map<number, Footnote>();
  for (const list of root.children.filter(isFootnoteList) as HtmlElement[]) {
    for (const item of list.children.filter(isElement)) {
      const number = Number(FOOTNOTE_ID.exec(item.attrs.id ?? '')?.[1]);
      if (!number) continue;
      const paragraphs = item.children.filter(isElement).map((p) => inlineText(p, true).replace(/\s?↑$/u, ''));
      notes.set(number, { number, paragraphs });
    }
  }
  return notes;
}

/** The text of inline content; footnote references become `[footnoteRef:N]`, back links are dropped. */
function inlineText(node: HtmlNode, inFootnote = false): string {
  if (!isElement(node)) return node;
  if (node.tag === 'br') return '\n';
  if (node.tag === 'img') return '';
  if (node.tag === 'a') {
    const ref = FOOTNOTE_LINK.exec(node.attrs.href ?? '');
    if (ref && !inFootnote) return `[footnoteRef:${ref[1]}]`;
    if ((node.attrs.href ?? '').startsWith('#footnote-ref') || (node.attrs.href ?? '').startsWith('#endnote-ref')) {
      return '↑';
    }
  }
  if (node.tag === 'sup' && node.children.length === 1) {
    const only = node.children[0] as HtmlNode;
    if (isElement(only) && FOOTNOTE_LINK.test(only.attrs.href ?? '')) return inlineText(only, inFootnote);
  }
  return node.children.map((c) => inlineText(c, inFootnote)).join('');
}

class Reader {
  constructor(private readonly footnotes: Map<number, Footnote>) {}

  blocks(nodes: HtmlNode[], depth = 0): Block[] {
    const out: Block[] = [];
    let loose = '';
    const flush = () => {
      if (loose.trim()) out.push({ kind: 'paragraph', ...this.part(loose) });
      loose = '';
    };
    for (const node of nodes) {
      if (!isElement(node) || !BLOCK_TAGS.has(node.tag)) {
        loose += inlineText(node);
        continue;
      }
      flush();
      out.push(...this.block(node, depth));
    }
    flush();
    return out;
  }

  private block(node: HtmlElement, depth: number): Block[] {
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) return [{ kind: 'heading', level: Number(heading[1]), ...this.part(inlineText(node)) }];
    if (node.tag === 'p') return [{ kind: 'paragraph', ...this.part(inlineText(node)) }];
    if (node.tag === 'ul' || node.tag === 'ol') return this.list(node, depth);
    if (node.tag === 'table') return [this.table(node)];
    return this.blocks(node.children, depth);
  }

  private list(node: HtmlElement, depth: number): Block[] {
    const out: Block[] = [];
    let ordinal = 0;
    for (const li of node.children.filter(isElement)) {
      ordinal += 1;
      const inline = li.children.filter((c) => !isElement(c) || !BLOCK_TAGS.has(c.tag));
      const nested = li.children.filter((c) => isElement(c) && BLOCK_TAGS.has(c.tag));
      const item: ListItemBlock = {
        kind: 'item',
        ordered: node.tag === 'ol',
        depth,
        ordinal,
        ...this.part(inline.map((c) => inlineText(c)).join('')),
      };
      const [first, ...rest] = this.blocks(nested, depth + 1);
      // A list item whose text is wrapped in <p> (mammoth does so for some numbering styles).
      if (!item.text.trim() && first && first.kind === 'paragraph') {
        out.push({ ...item, text: first.text, footnotes: first.footnotes }, ...rest);
      } else {
        out.push(item, ...(first ? [first] : []), ...rest);
      }
    }
    return out;
  }

  private table(node: HtmlElement): TableBlock {
    const rows: TableRow[] = [];
    const visit = (el: HtmlElement, header: boolean) => {
      for (const child of el.children.filter(isElement)) {
        if (child.tag === 'thead') visit(child, true);
        else if (child.tag === 'tbody' || child.tag === 'tfoot') visit(child, header);
        else if (child.tag === 'tr') rows.push(this.row(child, header));
      }
    };
    visit(node, false);
    return { kind: 'table', rows };
  }

  private row(tr: HtmlElement, inHead: boolean): TableRow {
    const cells = tr.children.filter((c): c is HtmlElement => isElement(c) && (c.tag === 'td' || c.tag === 'th'));
    return {
      header: inHead || (cells.length > 0 && cells.every((c) => c.tag === 'th')),
      cells: cells.map((cell) => ({ blocks: this.blocks(cell.children), span: Number(cell.attrs.colspan ?? 1) || 1 })),
    };
  }

  private part(text: string): TextPart {
    const numbers = [...text.matchAll(REF_MARKER)].map((m) => Number(m[1]));
    const footnotes = numbers.flatMap((n) => {
      const note = this.footnotes.get(n);
      return note ? [note] : [];
    });
    return { text, footnotes };
  }
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'div']);
