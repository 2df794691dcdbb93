/** The part of the plan before the table: the abbreviation list, then the introduction with the list of directions. */
import type { Abbreviation, Direction, Passage, Warning } from '../../knowledge/model.js';
import { ParseError } from '../catalogue.js';
import { readAbbreviations } from './abbreviations.js';
import { isCellStart } from './cells.js';
import { readDirections } from './directions.js';
import { introPassages } from './running-text.js';

export interface Intro {
  abbreviations: Abbreviation[];
  directions: Direction[];
  passages: Passage[];
  warnings: Warning[];
  /** 0-based index of the table's first line. */
  tableStart: number;
}

export function readIntro(lines: string[]): Intro {
  const { abbreviations, next } = readAbbreviations(lines, 'plan');
  const tableStart = lines.findIndex((line, i) => i >= next && isCellStart(line));
  if (tableStart < 0) throw new ParseError('plan', 'no measures table: no table cell (a line starting with a tab)');
  const { directions, warnings } = readDirections(lines, next, tableStart);
  return { abbreviations, directions, passages: introPassages(lines, next, tableStart), warnings, tableStart };
}
