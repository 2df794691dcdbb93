/**
 * Running text of the programme → passages, one per paragraph or list item. A short label line such as
 * "Uzdevumi:" is no passage itself: it names the list under it, so it joins the items' section path.
 */
import type { Passage } from '../../knowledge/model.js';
import { toPassages } from '../passages.js';
import { cleanLine, type SourceLine } from '../report/source-lines.js';

/** At most three words and a colon: "Uzdevumi:", "Galvenie aktivitātes virzieni:". */
const LABEL = /^(\p{L}+(?: \p{L}+){0,2}):$/u;

export function programmePassages(lines: SourceLine[], section: string[], locator: string): Passage[] {
  let label: string | undefined;
  return lines.flatMap(({ text, line }) => {
    const clean = cleanLine(text).text;
    const labelled = LABEL.exec(clean);
    if (!clean || labelled) {
      label = labelled?.[1];
      return [];
    }
    const path = label ? [...section, label] : section;
    return toPassages([{ text: clean, line }], { document: 'programme', section: path, locator });
  });
}
