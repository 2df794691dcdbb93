/**
 * The information for municipalities about the Children's Protection Centre (seeds/bac-information-for-
 * municipalities.txt) → the VBTAI → BAC reorganisation, the Centre's units with their services, its projects with
 * periods and activities, and passages of all its text. The document has no abbreviation list.
 */
import type { DocumentExtract } from '../../knowledge/model.js';
import { preprocess } from '../artefacts.js';
import { emptyExtract, ParseError } from '../catalogue.js';
import { readBlocks } from './bac-blocks.js';
import { findEvents } from './bac-event.js';
import { bacPassages } from './bac-passages.js';
import { findProjects } from './bac-projects.js';
import { segmentBlocks } from './bac-segments.js';
import { buildUnits } from './bac-units.js';

export function parseBac(text: string): DocumentExtract {
  const { lines, footnotes } = preprocess(text);
  const { titles, blocks } = readBlocks(lines);
  const { segments, registry } = segmentBlocks(blocks);
  if (registry.units.size === 0) throw new ParseError('bac', 'no structural unit of the Centre found');
  const extract = emptyExtract('bac');
  const events = findEvents(segments);
  const projects = findProjects(segments, registry);
  extract.events = events.events;
  extract.units = buildUnits(segments, registry);
  extract.projects = projects.projects;
  extract.passages = bacPassages(segments, registry, footnotes, titles);
  extract.warnings = [...events.warnings, ...projects.warnings];
  return extract;
}
