/**
 * The working-groups document (seeds/working-groups.txt) → the standing group and the council's numbered groups,
 * each with purpose, leader, deputy, members, tasks, result, deadline and footnotes.
 */
import type { DocumentExtract } from '../../knowledge/model.js';
import { preprocess } from '../artefacts.js';
import { emptyExtract, ParseError } from '../catalogue.js';
import { buildGroup } from './build-group.js';
import { findGroupBlocks } from './group-headings.js';
import { readLines } from './group-lines.js';

export function parseGroups(text: string): DocumentExtract {
  const { lines, footnotes } = preprocess(text);
  const blocks = findGroupBlocks(readLines(lines));
  if (blocks.length === 0) throw new ParseError('groups', 'no working group heading found');
  const extract = emptyExtract('groups');
  for (const block of blocks) {
    const built = buildGroup(block, footnotes);
    extract.groups.push(built.group);
    extract.passages.push(...built.passages);
    extract.warnings.push(...built.warnings);
  }
  return extract;
}
