/**
 * The subject a question names by its name ("Tematisko atbalsta grupu nodrošināšana", "Bērna māja"): a unit, a
 * project, a project's activity, a programme activity — whatever running text is told about.
 */
import type { Source } from '../../knowledge/model.js';
import { analyze } from '../../text/analyze.js';
import type { AnswerContext } from '../answer-context.js';
import type { Concept } from '../relevance.js';

/** A subject counts as named when the question holds this share of its name's weight. */
const NAMED_SUBJECT = 0.8;

export interface NamedSubject {
  name: string;
  source: Source;
}

/**
 * The subject the question names by its name ("Tematisko atbalsta grupu nodrošināšana", "Bērna māja"): the one
 * whose name's weight the question holds the most of, above the bar. Names of one word are too common to count.
 */
export function namedSubject(ctx: AnswerContext, concepts: readonly Concept[]): NamedSubject | undefined {
  const asked = new Set(concepts.flatMap((c) => c.terms));
  const idf = (t: string) => Math.log(ctx.kb.itemCount / (ctx.kb.termFrequency.get(t) ?? 1));
  let best: { subject: NamedSubject; weight: number } | undefined;
  for (const subject of subjects(ctx)) {
    const terms = [...new Set(analyze(subject.name))];
    if (terms.length < 2) continue;
    const total = terms.reduce((s, t) => s + idf(t), 0);
    const held = terms.filter((t) => asked.has(t)).reduce((s, t) => s + idf(t), 0);
    if (total > 0 && held / total >= NAMED_SUBJECT && (!best || held > best.weight)) best = { subject, weight: held };
  }
  return best?.subject;
}

/** Everything running text is told about: units, projects, their activities, programme activities. */
function subjects(ctx: AnswerContext): NamedSubject[] {
  const k = ctx.kb.knowledge;
  const own = new Map<string, NamedSubject>();
  const add = (name: string, source: Source) => own.set(name, { name, source });
  for (const fact of k.facts) if (!own.has(fact.subject.name)) add(fact.subject.name, fact.source);
  for (const u of k.units) add(u.name, u.source);
  for (const a of k.activities) add(a.title, a.source);
  for (const p of k.projects) add(p.title, p.source);
  return [...own.values()];
}
