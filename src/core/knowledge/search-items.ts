/** Every fact of the knowledge as a searchable item with its citation: what free-text questions are matched to. */
import type { SearchItem } from '../search/search-item.js';
import type { Knowledge } from './knowledge.js';
import type { Party } from './model.js';

const names = (parties: Party[]) => parties.map((p) => p.name).join(', ');
const abbrs = (parties: Party[]) => parties.flatMap((p) => (p.institution ? [p.institution] : []));

export function searchItems(k: Knowledge): SearchItem[] {
  // A contact is found by what its whole passage says, not only its sentence ("Speciālistu telefona konsultācijas
  // … bērniem ar uzvedības vai atkarību problēmām … zvanot uz … 80006008").
  const atLine = passagesByLine(k.passages);
  const passageOf = (c: Knowledge['contacts'][number]) => contactSurroundings(k, atLine, c);
  return [
    ...k.measures.map(
      (m): SearchItem => ({
        id: `measure:${m.id ?? `line-${m.source.line}`}`,
        kind: 'measure',
        title: m.text,
        body: [m.result, m.indicator, names(m.responsible), names(m.coResponsible), m.deadline.raw].join('\n'),
        exact: [...(m.id ? [m.id] : []), ...abbrs(m.responsible)],
        source: m.source,
      }),
    ),
    ...k.planTasks.map(
      (t): SearchItem => ({
        id: `plan-task:${t.id}`,
        kind: 'plan-task',
        title: t.title,
        body: '',
        exact: [t.id],
        source: t.source,
      }),
    ),
    ...k.directions.map(
      (d): SearchItem => ({
        id: `direction:${d.number}`,
        kind: 'direction',
        title: d.title,
        body: '',
        exact: [],
        source: d.source,
      }),
    ),
    ...k.reportTasks.map(
      (t): SearchItem => ({
        id: `report-task:${t.number}`,
        kind: 'report-task',
        title: t.text,
        body: [t.responsibleRaw, t.statusRaw].join('\n'),
        exact: abbrs(t.responsible),
        source: t.source,
      }),
    ),
    ...k.activities.map(
      (a): SearchItem => ({
        id: `activity:${a.id}`,
        kind: 'activity',
        title: a.title,
        body: [a.funding.raw, ...a.results].join('\n'),
        exact: [a.id],
        source: a.source,
      }),
    ),
    ...k.groups.map(
      (g): SearchItem => ({
        id: `group:${g.id}`,
        kind: 'group',
        title: g.title,
        body: [g.purpose, ...g.tasks.map((t) => t.text), g.result ?? ''].join('\n'),
        exact: [],
        source: g.source,
      }),
    ),
    ...k.abbreviations.map(
      (a): SearchItem => ({
        id: `abbreviation:${a.source.document}:${a.abbr}`,
        kind: 'abbreviation',
        title: a.abbr,
        body: a.name,
        exact: [a.abbr],
        source: a.source,
      }),
    ),
    ...k.units.map(
      (u): SearchItem => ({
        id: `unit:${u.id}`,
        kind: 'unit',
        title: u.name,
        body: [u.description, ...u.services].join('\n'),
        exact: [],
        source: u.source,
      }),
    ),
    ...k.contacts.map(
      (c, i): SearchItem => ({
        id: `contact:${i}`,
        kind: 'contact',
        title: c.display,
        body: [passageOf(c), c.unit ?? ''].join('\n'),
        // A service number inside an address ("uzticibaspasts116111@…") names the service the address is for.
        exact: [c.value, ...(c.value.match(/\d{5,}/g) ?? [])],
        source: c.source,
      }),
    ),
    ...k.passages.map(
      (p): SearchItem => ({
        id: `passage:${p.id}`,
        kind: 'passage',
        // The innermost heading is the passage's title: "Bērna māja", "Paraksts", "10. uzdevums" are searched too.
        title: p.section.at(-1) ?? '',
        body: p.text,
        exact: [],
        source: p.source,
      }),
    ),
  ];
}

/** How many passages before a contact's own (same place in the document) say what the contact is for. */
const CONTACT_LEAD_IN = 2;

/**
 * What a contact is found by: its passage, the passages just before it in the same place ("Speciālistu telefona
 * konsultācijas … bērniem ar uzvedības vai atkarību problēmām" comes a bullet before "zvanot uz … 80006008"), and
 * the document's title, which names whose contact it is ("… Bērnu aizsardzības centra darbību").
 */
function contactSurroundings(
  k: Knowledge,
  atLine: ReadonlyMap<string, number[]>,
  c: Knowledge['contacts'][number],
): string {
  const at = atLine.get(lineKey(c.source))?.find((n) => k.passages[n]?.text.includes(c.context)) ?? -1;
  const own = k.passages[at];
  if (!own) return c.context;
  const before = k.passages
    .slice(Math.max(0, at - CONTACT_LEAD_IN), at)
    .filter((p) => p.source.document === own.source.document && p.source.locator === own.source.locator);
  const title = k.documents.find((d) => d.id === c.source.document)?.title.lv ?? '';
  return [...before.map((p) => p.text), own.text, title].join('\n');
}

const lineKey = (source: { document: string; line: number }) => `${source.document}:${source.line}`;

/** The passages' positions by document and line, in order: every contact looks its passage up there. */
function passagesByLine(passages: Knowledge['passages']): Map<string, number[]> {
  const byLine = new Map<string, number[]>();
  passages.forEach((p, n) => {
    const key = lineKey(p.source);
    const list = byLine.get(key);
    if (list) list.push(n);
    else byLine.set(key, [n]);
  });
  return byLine;
}
