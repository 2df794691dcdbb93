/** One part of the outline that states a funding line → a programme activity. */
import type { ProgrammeActivity, Warning } from '../../knowledge/model.js';
import { squash } from '../artefacts.js';
import { ParseError } from '../catalogue.js';
import { cleanLine } from '../report/source-lines.js';
import { readActivityBody } from './activity-body.js';
import { depth, type Part, parentId } from './outline.js';
import { type Provider, providerFor } from './providers.js';

export interface ActivityReading {
  activity?: ProgrammeActivity;
  warnings: Warning[];
}

export function readActivity(part: Part, providers: Provider[]): ActivityReading {
  const { id, title, line, raw } = part.heading;
  const warn = (at: number, message: string): Warning => ({
    document: 'programme',
    line: at,
    kind: 'malformed',
    message,
  });
  if (depth(id) === 2)
    return { warnings: [warn(line, `section ${id} states a funding line; sections are no activities`)] };
  const body = readActivityBody(part.body);
  const provider = providerFor(id, providers);
  if (!provider) throw new ParseError('programme', `the introduction assigns activity ${id} to no one`);
  const warnings = body.stray.map((l) =>
    warn(l.line, `activity ${id}: text after the results ignored: "${squash(l.text)}"`),
  );
  if (body.results.length === 0) warnings.push(warn(line, `activity ${id}: no results`));
  if (body.funding?.amount === undefined)
    warnings.push(warn(body.funding?.line ?? line, `activity ${id}: no amount in euro`));
  const activity: ProgrammeActivity = {
    id,
    title,
    section: depth(id) === 1 ? id : (parentId(id) ?? id),
    // An unreadable amount counts as 0 and is warned about above, so that the total check shows the gap.
    funding: { amount: body.funding?.amount ?? 0, currency: 'EUR', raw: body.funding?.raw ?? '' },
    results: body.results,
    description: body.description
      .map((l) => cleanLine(l.text).text)
      .filter((t) => t !== '')
      .join('\n'),
    runBy: provider.party,
    runBySource: provider.source,
    source: { document: 'programme', locator: `activity ${id}`, line, raw },
  };
  return { activity, warnings };
}
