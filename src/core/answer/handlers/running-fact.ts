/**
 * Facts in running text: "kad / kur / cik / kopš kura datuma / kurš uzņēmums …" about a unit, project, activity
 * or task, answered with the exact value extracted at ingest and the sentence it stands in, cited. When the
 * question names a subject by its name and the documents state no value of the asked kind for it, the answer
 * says so (found: false) instead of quoting a nearby sentence that holds some other figure.
 *
 * It answers only when it is sure; otherwise (no question word for a kind of value, a numbered measure or group,
 * no fact close enough) it gives way to the usual handler.
 */
import type { FactSubject, RunningFact } from '../../knowledge/model.js';
import { analyze } from '../../text/analyze.js';
import { statedConstraints } from '../../understand/stated-constraints.js';
import type { AnswerContext } from '../answer-context.js';
import { holdsConstraints } from '../answerable.js';
import { cite, place } from '../citations.js';
import { Draft } from '../draft.js';
import { type Concept, questionConcepts } from '../relevance.js';
import type { Reply } from '../reply.js';
import { type AskedFact, askedFacts, FACT_WORDS } from './running-fact-cues.js';
import { applies, tableAnswersBetter } from './running-fact-gate.js';
import { companions, countedConcept, type ScoredFact, scoreFacts } from './running-fact-match.js';
import { type NamedSubject, namedSubject } from './running-fact-subject.js';

/** A fact must cover this share of the question's weight to be its answer. */
const MIN_COVERAGE = 0.6;
/** Within a subject the question names, its own words are covered already: less of the rest is needed. */
const MIN_COVERAGE_IN_SUBJECT = 0.45;
/** How much more of the question a fact elsewhere must cover to win over the named subject's own. */
const OWN_MARGIN = 0.15;
export function answerRunningFact(ctx: AnswerContext, intent: string): Reply | undefined {
  const cues = askedFacts(ctx.u.text);
  if (cues.length === 0 || !applies(cues, ctx, intent)) return undefined;
  const cueTerms = new Set(cues.flatMap((c) => c.cueTerms));
  // The question words ask, they are no content; a year is a filter on the facts (see holdingStated).
  const concepts = questionConcepts(ctx.u, ctx.kb).filter(
    (c) => !c.terms.some((t) => cueTerms.has(t) || YEAR_TERM.test(t)),
  );
  const subject = namedSubject(ctx, concepts);
  const found = cues.map((asked) => findFact(asked, concepts, subject, ctx));
  if (found.every((f) => f !== undefined && f !== 'not-stated')) {
    const facts = found as ScoredFact[];
    return tableAnswersBetter(facts, ctx) ? undefined : factReply(facts, cues, concepts, ctx, intent);
  }
  // Only a question asking one thing of the subject alone is refused here ("Kad sākas mentora pakalpojums?");
  // one that says more ("… kopējais finansējums?") may be answered elsewhere, and goes its usual way.
  return cues.length === 1 && found[0] === 'not-stated' && subject && onlyNames(subject, concepts)
    ? notStated(subject, cues[0] as AskedFact, ctx, intent)
    : undefined;
}

/**
 * The replies written here: which answer wrote a reply matters only to `answeredWhole`, its intent names the kind
 * of question. Weak: nothing is kept.
 */
const FROM_FACTS = new WeakSet<Reply>();

/** Hours and addresses are contacts; any other value read from running text is a free-text answer. */
function replyIntent(intent: string, cues: readonly AskedFact[]): string {
  return intent === 'contact' && cues.every((c) => c.cue === 'time' || c.cue === 'place') ? 'contact' : 'search';
}

function fromFacts(reply: Reply): Reply {
  FROM_FACTS.add(reply);
  return reply;
}

/**
 * A two-part question whose every part asks a value ("Cik bērnu … un cik ar to iestāšanās risku …?") is answered
 * whole: the parts alone lose the subject the whole question names.
 */
export function answeredWhole(whole: Reply, parts: readonly string[]): boolean {
  return FROM_FACTS.has(whole) && whole.found && parts.every((p) => askedFacts(p).length > 0);
}

/** At most this many of the question's words may stand beside the subject's name for a refusal. */
const MAX_OTHER_WORDS = 1;

function onlyNames(subject: NamedSubject, concepts: readonly Concept[]): boolean {
  const name = new Set(analyze(subject.name));
  return concepts.filter((c) => !c.terms.some((t) => name.has(t))).length <= MAX_OTHER_WORDS;
}

const YEAR_TERM = /^(?:19|20)\d{2}$/u;

/**
 * The fact that answers one asked kind: the named subject's own, unless one elsewhere covers clearly more of the
 * question; 'not-stated' when the subject is named and nothing anywhere states a value of that kind for it.
 */
function findFact(
  asked: AskedFact,
  concepts: readonly Concept[],
  subject: NamedSubject | undefined,
  ctx: AnswerContext,
): ScoredFact | 'not-stated' | undefined {
  const counted = countedConcept(asked, ctx.u);
  const named = ctx.u.documents;
  // A document the question names ("the state programme", "ziņojumā") is where the value is looked for.
  const ofKind = ctx.kb.knowledge.facts.filter(
    (f) =>
      asked.kinds.includes(f.kind) && referenced(f, ctx) && (named.length === 0 || named.includes(f.source.document)),
  );
  const inside = subject ? ofKind.filter((f) => f.subject.path.includes(subject.name)) : [];
  const own = holdingFirst(scoreFacts(ctx.kb, inside, concepts, counted, asked.kinds), ctx);
  const best = holdingFirst(scoreFacts(ctx.kb, ofKind, concepts, counted, asked.kinds), ctx);
  const clearlyBetter = best && own && best.coverage > own.coverage + OWN_MARGIN;
  if (own && own.coverage >= MIN_COVERAGE_IN_SUBJECT && !clearlyBetter) return own;
  if (best && best.coverage >= MIN_COVERAGE) return best;
  // Another document may tell of the same thing (the report of the BAC's project): only when none does is the
  // value missing.
  return subject && inside.length === 0 ? 'not-stated' : undefined;
}

/** How much less of the question a fact that holds the stated year may cover and still go first. */
const HOLDING_MARGIN = 0.15;

/**
 * A year or number the question states ("2024./2025. mācību gadā") puts first a close fact whose sentence has
 * it; a year that only dates the document ("in 2026" of the 2026 programme) is in no sentence, and changes nothing.
 */
function holdingFirst(scored: ScoredFact[], ctx: AnswerContext): ScoredFact | undefined {
  const top = scored[0];
  // "2024./2025." names both years of a school year.
  const years = [...ctx.u.text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => m[0]);
  const stated = [...statedConstraints(ctx.u.text), ...years.map((value) => ({ kind: 'year' as const, value }))];
  if (!top || stated.length === 0) return top;
  const holding = scored.find(
    (s) => s.coverage >= top.coverage - HOLDING_MARGIN && holdsConstraints(s.fact.source.raw, stated),
  );
  return holding ?? top;
}

/** A programme activity or report task the question names by number: only its own facts answer. */
function referenced(fact: RunningFact, ctx: AnswerContext): boolean {
  const refs = ctx.u.references;
  return refs.length === 0 || refs.some((r) => r.kind === fact.subject.kind && r.id === fact.subject.id);
}

function factReply(
  found: ScoredFact[],
  cues: AskedFact[],
  concepts: readonly Concept[],
  ctx: AnswerContext,
  intent: string,
): Reply {
  const { lang } = ctx;
  const draft = new Draft();
  const says = lang === 'lv' ? 'Dokumentā (%s) teikts' : 'The document (%s) says';
  found.forEach((best, i) => {
    const asked = cues[i] as AskedFact;
    const facts = [best.fact, ...companions(ctx.kb, best.fact, asked, concepts)].sort(
      (a, b) => a.source.raw.indexOf(a.value) - b.source.raw.indexOf(b.value),
    );
    const label = lang === 'lv' ? FACT_WORDS[asked.cue].lv : FACT_WORDS[asked.cue].en;
    draft.line(`${label}: ${facts.map(valueText).join('; ')}`);
    const quoted = draft.sources.some((s) => s.quote === best.fact.source.raw);
    if (!quoted) draft.line(`${says.replace('%s', place(best.fact.source, lang))}: “${best.fact.source.raw}”`);
    draft.source(cite(best.fact.source, lang, best.fact.source.raw));
    const subject = replySubject(best.fact.subject);
    if (subject) draft.subject(subject);
  });
  return fromFacts(draft.reply(replyIntent(intent, cues), lang, true));
}

/** "vismaz 200 bērniem": a count with the words it counts, any other value as written. */
function valueText(fact: RunningFact): string {
  return fact.kind === 'count' ? `${fact.value} ${fact.counted}` : fact.value;
}

function replySubject(subject: FactSubject): Reply['subjects'][number] | undefined {
  if (subject.kind === 'activity') return { kind: 'activity', id: subject.id };
  if (subject.kind === 'report-task') return { kind: 'report-task', id: subject.id };
  return undefined;
}

function notStated(subject: NamedSubject, asked: AskedFact, ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  draft.line(
    ctx.lang === 'lv'
      ? `Par “${subject.name}” dokumentos ${FACT_WORDS[asked.cue].lvMissing}.`
      : `The documents do not state the ${FACT_WORDS[asked.cue].en.toLowerCase()} for “${subject.name}”.`,
  );
  draft.source(cite(subject.source, ctx.lang));
  return fromFacts(draft.reply(replyIntent(intent, [asked]), ctx.lang, false));
}
