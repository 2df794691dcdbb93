/**
 * The generic extraction, for a document of no known kind: title (the file's properties, else its first heading),
 * sections (headings become the section path of every passage), passages, the abbreviation list, and items from
 * every table whose header cells name its columns. Institutions are resolved through the registry; what cannot be
 * read (a deadline, an abbreviation) is reported, never guessed.
 */
import type { Institution } from '../../knowledge/model.js';
import { InstitutionRegistry } from '../../knowledge/registry.js';
import { chunkText } from '../passages.js';
import { abbreviationEntry } from './abbreviation-entry.js';
import { cellText, paragraphsOf, partText } from './block-text.js';
import type { Block, DocumentBlocks, TableBlock } from './blocks.js';
import { type GenericAbbreviation, type GenericExtract, GenericExtractSchema } from './generic-schema.js';
import type { TableHeaders } from './header-words.js';
import { itemTable, type TableContext } from './table-items.js';

export function extractGeneric(
  doc: DocumentBlocks,
  institutions: readonly Institution[],
  headers: TableHeaders,
): GenericExtract {
  const registry = new InstitutionRegistry(institutions);
  const abbreviations = findAbbreviations(doc.blocks, registry);
  const defined = new Map(abbreviations.map((a) => [a.abbr, a.name]));
  const out = new Walker({ registry, defined, headers });
  for (const block of doc.blocks) out.visit(block);
  const firstHeading = doc.blocks.find((b) => b.kind === 'heading' && partText(b));
  const title = doc.title
    ? { title: doc.title, titleFrom: 'properties' as const }
    : firstHeading && firstHeading.kind === 'heading'
      ? { title: partText(firstHeading), titleFrom: 'heading' as const }
      : { title: doc.file.replace(/\.[^.]+$/, ''), titleFrom: 'file' as const };
  return GenericExtractSchema.parse({ file: doc.file, ...title, ...out.result(), abbreviations });
}

function findAbbreviations(blocks: Block[], registry: InstitutionRegistry): GenericAbbreviation[] {
  const found: GenericAbbreviation[] = [];
  const add = (entry: { abbr: string; name: string } | undefined) => {
    if (!entry || found.some((a) => a.abbr === entry.abbr)) return;
    const institution = registry.byAbbreviation(entry.abbr) ?? registry.resolve(entry.name);
    found.push({
      ...entry,
      ...(institution ? { institution: institution.id } : {}),
      locator: `abbreviation ${entry.abbr}`,
    });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'item') add(abbreviationEntry(block.text));
    if (block.kind === 'table' && isAbbreviationTable(block)) {
      for (const row of block.rows) add(abbreviationEntry(row.cells.map((c) => cellText(c)).join(' – ')));
    }
  }
  return found;
}

/** A two-column table whose every row reads as "abbreviation – name". */
function isAbbreviationTable(table: TableBlock): boolean {
  return (
    table.rows.length > 0 &&
    table.rows.every((r) => r.cells.length === 2 && abbreviationEntry(r.cells.map((c) => cellText(c)).join(' – ')))
  );
}

type Collected = Omit<GenericExtract, 'file' | 'title' | 'titleFrom' | 'abbreviations'>;

class Walker {
  private readonly collected: Collected = { sections: [], passages: [], tables: [], items: [], warnings: [] };
  private path: string[] = [];
  private tableCount = 0;

  constructor(private readonly context: TableContext) {}

  visit(block: Block): void {
    if (block.kind === 'heading') {
      const text = partText(block);
      if (!text) return;
      this.path = [...this.path.slice(0, Math.max(0, block.level - 1)), text];
      this.collected.sections.push({ path: this.path, passages: 0 });
      return;
    }
    if (block.kind === 'table') {
      this.table(block);
      return;
    }
    const text = partText(block);
    if (text && !abbreviationEntry(block.text)) this.passages(text, this.path, sectionLocator(this.path));
  }

  private table(block: TableBlock): void {
    this.tableCount += 1;
    const number = this.tableCount;
    const items = itemTable(block, number, this.path, this.context);
    if (items) {
      this.collected.tables.push(items.table);
      this.collected.items.push(...items.items);
      this.collected.warnings.push(...items.warnings);
      for (const t of items.texts) this.passages(t.text, t.section, `table ${number}`);
      return;
    }
    if (isAbbreviationTable(block)) return;
    for (const text of paragraphsOf([block])) this.passages(text, this.path, `table ${number}`);
  }

  private passages(text: string, section: string[], locator: string): void {
    for (const chunk of chunkText(text)) {
      this.collected.passages.push({ id: `${this.collected.passages.length + 1}`, section, text: chunk, locator });
    }
    const own = this.collected.sections.find((s) => s.path === this.path);
    if (own) own.passages += 1;
  }

  result(): Collected {
    return this.collected;
  }
}

/** "section 3.2" for a numbered heading, else the heading in quotes; "introduction" before the first heading. */
function sectionLocator(path: string[]): string {
  const last = path.at(-1);
  if (!last) return 'introduction';
  const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(last)?.[1];
  return number ? `section ${number}` : `section “${last}”`;
}
