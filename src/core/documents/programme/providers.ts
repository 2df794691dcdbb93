/**
 * Who provides each part of the programme, as the introduction assigns it:
 * "Labklājības ministrija (turpmāk – ministrija)" defines the short name, and
 * "1) ministrija nodrošina un administrē valsts programmas 2.1.1., 2.1.2. … apakšnodaļā noteiktos pasākumus" assigns.
 */
import type { Party, Source, Warning } from '../../knowledge/model.js';
import { ParseError } from '../catalogue.js';
import { cleanLine, type SourceLine } from '../report/source-lines.js';
import { parentId } from './outline.js';

export interface Provider {
  party: Party;
  /** The introduction line that makes the assignment. */
  source: Source;
  /** Chapter, section and activity numbers as the line lists them: "1", "2.1.3". */
  ids: string[];
}

/**
 * A full name is the run of words from its last capitalised word up to "(turpmāk – …)": "… paredz, ka Labklājības
 * ministrija (turpmāk – ministrija)" gives "Labklājības ministrija".
 */
const DEFINITION = /(?<!\p{L})(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*)\s*\(turpmāk\s*[–—-]\s*([^)]+?)\s*\)/gu;
const ASSIGNMENT = /^\d+\)\s+(\p{L}+)\s+(.+)$/u;
const NUMBER = /(\d+(?:\.\d+)*)\.(?!\d)/gu;

export function readProviders(intro: SourceLine[]): Provider[] {
  const lines = intro.map((l) => ({ text: cleanLine(l.text).text, line: l.line }));
  const names = new Map<string, string>();
  for (const { text } of lines) for (const m of text.matchAll(DEFINITION)) names.set(m[2] ?? '', m[1] ?? '');
  const providers = lines.flatMap(({ text, line }): Provider[] => {
    const m = ASSIGNMENT.exec(text);
    const name = names.get(m?.[1] ?? '');
    if (!m?.[2] || !name) return [];
    const ids = [...m[2].matchAll(NUMBER)].map((n) => n[1] ?? '');
    return [{ party: { name }, ids, source: { document: 'programme', locator: 'introduction', line, raw: text } }];
  });
  if (providers.length === 0) throw new ParseError('programme', 'the introduction assigns the measures to no one');
  return providers;
}

/** The provider assigned the activity itself or, failing that, its section or chapter ("1. nodaļā"). */
export function providerFor(id: string, providers: Provider[]): Provider | undefined {
  for (let at: string | undefined = id; at !== undefined; at = parentId(at)) {
    const found = providers.find((p) => p.ids.includes(at as string));
    if (found) return found;
  }
  return undefined;
}

/** Numbers the introduction assigns that no heading carries, and parts assigned to two providers. */
export function assignmentWarnings(providers: Provider[], headingIds: string[]): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Map<string, Provider>();
  for (const provider of providers) {
    for (const id of provider.ids) {
      const other = seen.get(id);
      const problem = !headingIds.includes(id)
        ? `the introduction assigns ${id} to ${provider.party.name}, but no heading has that number`
        : other && other !== provider
          ? `${id} is assigned to both ${other.party.name} and ${provider.party.name}`
          : undefined;
      if (problem)
        warnings.push({ document: 'programme', line: provider.source.line, kind: 'malformed', message: problem });
      seen.set(id, other ?? provider);
    }
  }
  return warnings;
}
