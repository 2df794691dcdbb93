/**
 * Which running-text fact a question asks about. A fact is matched by its sentence and by its subject's names
 * (unit, project, activity), weighted like the free-text search (a rare word counts more); the clause that holds
 * the value breaks ties between facts of one sentence, and for a count the words it counts must be the words the
 * question counts ("cik **bērniem**" is not answered by "5 pakalpojumu veidi").
 */
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { FactKind, RunningFact } from '../../knowledge/model.js';
import { analyze, analyzeTerms } from '../../text/analyze.js';
import { fold } from '../../text/fold.js';
import type { Understanding } from '../../understand/understanding.js';
import type { Concept } from '../relevance.js';
import type { AskedFact } from './running-fact-cues.js';

export interface ScoredFact {
  fact: RunningFact;
  /** Share of the question's weight the paragraph and the subject's names cover. */
  coverage: number;
  /** Share the value's own clause (and counted words) covers. */
  local: number;
  /** Share its sentence covers: a long paragraph covers much without saying it in one place. */
  sentence: number;
  /** 1 when the value's clause holds the question's rarest word its sentence's clauses hold: it is said of that. */
  specific: number;
  /** 1 when the words a count counts are the question's ("12 personām" for "how many persons"). */
  countedHit: number;
}

interface FactTerms {
  all: ReadonlySet<string>;
  local: ReadonlySet<string>;
  sentence: ReadonlySet<string>;
  counted: ReadonlySet<string>;
}

/** Facts are analysed once per knowledge: answers stay in milliseconds. */
const TERMS = new WeakMap<readonly RunningFact[], Map<RunningFact, FactTerms>>();

function termsOf(kb: KnowledgeBase, fact: RunningFact): FactTerms {
  const facts = kb.knowledge.facts;
  let cache = TERMS.get(facts);
  if (!cache) {
    cache = new Map();
    TERMS.set(facts, cache);
  }
  let terms = cache.get(fact);
  if (!terms) {
    const counted = new Set(analyze(fact.counted));
    // The sentence before may say what the value is of ("Konsultācijas … 80006008 …. Tās uzsāka … 31. martu").
    const paragraph = kb.knowledge.passages
      .filter((p) => p.source.document === fact.source.document && p.source.line === fact.source.line)
      .map((p) => p.text)
      .join(' ');
    terms = {
      all: new Set(analyze(`${paragraph} ${fact.source.raw} ${fact.subject.path.join(' ')}`)),
      local: new Set([...analyze(fact.clause), ...counted]),
      sentence: new Set(analyze(fact.source.raw)),
      counted,
    };
    cache.set(fact, terms);
  }
  return terms;
}

function share(concepts: readonly Concept[], terms: ReadonlySet<string>): number {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return 0;
  return concepts.filter((c) => c.terms.some((t) => terms.has(t))).reduce((s, c) => s + c.weight, 0) / total;
}

/**
 * The terms of what a count question counts: the first word after "cik" / "how many" and its own translations
 * ("schools" → skol, izglītīb, iestād), not those of a phrase it begins ("school year").
 */
export function countedConcept(asked: AskedFact, u: Understanding): Concept | undefined {
  if (asked.cue !== 'count') return undefined;
  const first = analyzeTerms(asked.after).find((t) => t.kind === 'word');
  if (!first) return undefined;
  const own = u.searchTerms.filter((t) => t.source !== undefined && single(t.source) === first.term);
  return { terms: [first.term, ...own.map((t) => fold(t.term))], weight: 1 };
}

function single(source: string): string | undefined {
  const terms = analyze(source);
  return terms.length === 1 ? terms[0] : undefined;
}

export function scoreFacts(
  kb: KnowledgeBase,
  facts: readonly RunningFact[],
  concepts: readonly Concept[],
  counted: Concept | undefined,
  kinds: readonly FactKind[] = [],
): ScoredFact[] {
  const order = (kind: FactKind) => kinds.indexOf(kind);
  // "amatpersonu skaits … ne vairāk par 12 personām": what is counted may stand before the number, in its clause.
  const countsIt = (fact: RunningFact, where: 'counted' | 'local') =>
    counted?.terms.some((t) => termsOf(kb, fact)[where].has(t)) ?? false;
  const byWords = facts.filter((fact) => countsIt(fact, 'counted'));
  const candidates = !counted ? facts : byWords.length > 0 ? byWords : facts.filter((f) => countsIt(f, 'local'));
  const specificOf = specificity(kb, candidates, concepts);
  return (
    candidates
      .map((fact) => {
        const terms = termsOf(kb, fact);
        const specific = specificOf(fact);
        const countedHit = countsIt(fact, 'counted') ? 1 : 0;
        return {
          fact,
          coverage: share(concepts, terms.all),
          local: share(concepts, terms.local),
          sentence: share(concepts, terms.sentence),
          specific,
          countedHit,
        };
      })
      // Equal rank: the kind the question word names first ("kad" → a period before a bare year).
      .sort((a, b) => rank(b) - rank(a) || order(a.fact.kind) - order(b.fact.kind))
  );
}

/**
 * Whether the value's clause holds the rarest question word that any value's clause of its sentence holds:
 * "Uzticības tālrunis … strādā visu diennakti, čata darba laiks ir … 12:00-20:00" tells the chat's hours by the
 * second value, whose clause names the chat.
 */
function specificity(kb: KnowledgeBase, facts: readonly RunningFact[], concepts: readonly Concept[]) {
  const bySentence = new Map<string, RunningFact[]>();
  for (const f of facts) {
    const key = `${f.source.document}:${f.source.line}:${f.source.raw}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
  }
  const rarest = new Map<string, Concept | undefined>();
  for (const [key, group] of bySentence) {
    const held = concepts.filter((c) => group.some((f) => c.terms.some((t) => termsOf(kb, f).local.has(t))));
    rarest.set(key, held.sort((a, b) => b.weight - a.weight)[0]);
  }
  return (f: RunningFact): number => {
    const concept = rarest.get(`${f.source.document}:${f.source.line}:${f.source.raw}`);
    return concept?.terms.some((t) => termsOf(kb, f).local.has(t)) ? 1 : 0;
  };
}

/** The sentence and the clause count beside the paragraph only enough to choose among its values. */
export function rank(s: ScoredFact): number {
  return s.coverage + 0.15 * (s.local + s.sentence + s.specific + s.countedHit);
}

/**
 * The other values of the best fact's sentence that the question also asks for ("Cik bērniem, pedagogiem un
 * speciālistiem …?" → 122, 137 and 18): same kind, and their counted words or clause in the question.
 */
export function companions(
  kb: KnowledgeBase,
  best: RunningFact,
  question: AskedFact,
  concepts: readonly Concept[],
): RunningFact[] {
  // Only counts come in lists the question names one by one; two hours or periods in one sentence are
  // alternatives, and the clause already chose between them.
  if (question.cue !== 'count') return [];
  // Each companion counts something else the question names: "5 bērniem" beside "200 bērniem" is another figure
  // of the same thing, "36 545 bērni … iestāšanās risku" beside "10 360 bērni" is the second thing asked.
  const asked = new Set(concepts.flatMap((c) => c.terms));
  const seen = new Set(termsOf(kb, best).counted);
  const named = (f: RunningFact) => {
    const fresh = [...termsOf(kb, f).counted].filter((t) => asked.has(t) && !seen.has(t));
    for (const t of termsOf(kb, f).counted) seen.add(t);
    return fresh.length > 0;
  };
  return kb.knowledge.facts.filter(
    (f) =>
      f !== best &&
      f.source.raw === best.source.raw &&
      f.source.line === best.source.line &&
      f.value !== best.value &&
      question.kinds.includes(f.kind) &&
      named(f),
  );
}
