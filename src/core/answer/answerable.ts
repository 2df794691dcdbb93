/**
 * The last check before a reply leaves the core: every constraint the question states must be accounted for by
 * what the reply cites. A numbered thing the documents do not have, a year, an amount or a document number ("Nr.
 * 555") that the cited text does not contain turns the reply into a plain "not in the documents" that names what
 * is missing — a near passage about another year or another subgroup is worse than no answer, because the reader
 * has no reason to doubt it.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DocumentId } from '../knowledge/model.js';
import { fold } from '../text/fold.js';
import { type Constraint, statedConstraints } from '../understand/stated-constraints.js';
import type { Reference, Understanding } from '../understand/understanding.js';
import type { AnswerContext } from './answer-context.js';
import { countedTerms, statesCount } from './counted-noun.js';
import { Draft } from './draft.js';
import { notFound, notFoundReference } from './not-found.js';
import { ANSWER_TYPES, answerType } from './relevance.js';
import { type Reply, replyText } from './reply.js';
import { subjectText } from './subject-text.js';

/** Replies whose subject is an item with its own period: a year in the question is a claim to check, not a filter. */
const PERIOD_ITEM_INTENTS = new Set(['deadline', 'details', 'status', 'responsible', 'co-responsible']);
/** Replies that already applied the question's period as a filter. */
const FILTERING_INTENTS = new Set(['list', 'digest-preview', 'help', 'command', 'status-history']);

/**
 * The reply, if it accounts for the question; else the free-text answer (`retry`) if that does; else a refusal.
 * A question routed by one word ("Nr. 67", "16 000 euro") to the wrong kind of answer often has its answer in
 * the running text.
 */
export function checkAnswerable(reply: Reply, ctx: AnswerContext, retry?: () => Reply): Reply {
  if (!reply.found) {
    // "Kāda ir PVN likme?": say what the documents lack, not only that nothing was found.
    const terms = reply.intent === 'search' ? unknownTerms(ctx) : [];
    return terms.length > 0 ? refuse(reply, terms, ctx) : reply;
  }
  const missing = missingReferences(ctx.u, ctx.kb, reply);
  if (missing.length > 0) return notFoundReference(ctx, reply.intent, missing);
  if (asksForHead(ctx) && !namesPerson(reply, ctx)) return noHead(ctx, reply.intent);
  const absent = unmetConstraints(ctx, reply);
  if (absent.length === 0 && (reply.intent !== 'search' || fromNamedDocument(ctx, reply))) return stated(reply, ctx);
  const second = reply.intent === 'search' ? undefined : retry?.();
  if (second?.found && unmetConstraints(ctx, second).length === 0 && fromNamedDocument(ctx, second))
    return stated(second, ctx);
  return absent.length > 0 ? refuse(reply, absent, ctx) : notFound(ctx, reply.intent);
}

/**
 * The reply, unless it leaves out the kind of value asked: "Cik semināru paredzēts 2.2.4. pasākumā?" answered with
 * results that give no number of seminars, a cost with no sum, a leader's e-mail with none. The reply then stays,
 * as the nearest the documents say, but it does not answer.
 */
function stated(reply: Reply, ctx: AnswerContext): Reply {
  if (FILTERING_INTENTS.has(reply.intent)) return reply;
  if (lacksContact(reply, ctx)) return withoutAnswer(reply, ctx, 'contact');
  if (lacksAmount(reply, ctx)) return withoutAnswer(reply, ctx, 'amount');
  const terms = countedTerms(ctx.u);
  if (terms.length === 0 || statesCount(citedText(reply), terms)) return reply;
  return withoutAnswer(reply, ctx, 'count');
}

/** The reply in full with the raw text of everything it cites: where a stated count, sum or contact is looked for. */
function citedText(reply: Reply): string {
  return [replyText(reply, reply.items.length), ...reply.sources.map((s) => s.quote)].join('\n');
}

const PEOPLE_INTENTS = new Set(['group', 'person', 'membership']);

/** What a phone number, an e-mail address and a web address look like in a reply. */
const CONTACT_SHAPES: Partial<Record<string, RegExp>> = {
  phone: /(?<![\d.])\+?\d{3}[\d -]{4,}\d(?![\d.])/u,
  email: /[\w.+-]+@[\w-]+\.[\w.]+/u,
  web: /(?:https?:\/\/|www\.|\b[\w-]+\.(?:lv|com|org|eu|gov)\b)/u,
};

/** "What is the e-mail of subgroup 6's leader?" answered with the leader, no address anywhere: not answered. */
function lacksContact(reply: Reply, ctx: AnswerContext): boolean {
  // Only people and groups: elsewhere "uzticības tālrunis" names a service, and "zvani" are calls.
  if (!PEOPLE_INTENTS.has(reply.intent)) return false;
  const shapes = ctx.u.contactKinds.flatMap((k) => (CONTACT_SHAPES[k] ? [CONTACT_SHAPES[k] as RegExp] : []));
  if (shapes.length === 0) return false;
  const text = citedText(reply);
  return !shapes.some((shape) => shape.test(text));
}

/** "Cik maksā …?" answered by a passage with no sum or share in it: the passage stays, but it does not answer. */
function lacksAmount(reply: Reply, ctx: AnswerContext): boolean {
  if (reply.intent !== 'search' || answerType(ctx.u) !== 'amount') return false;
  const text = citedText(reply);
  return !ANSWER_TYPES.amount.test(text);
}

const LEADS = {
  count: {
    lv: 'Skaitu, par ko jautāts, dokuments nenorāda. Tas, ko dokuments par to saka:',
    en: 'The document does not give the number asked for. What it does say:',
  },
  contact: {
    lv: 'Kontaktinformāciju, par ko jautāts, dokumenti nenorāda. Tas, ko tie par to saka:',
    en: 'The documents do not give the contact asked for. What they do say:',
  },
  amount: {
    lv: 'Summu, par ko jautāts, dokumenti nenorāda. Tuvākais, ko tie saka:',
    en: 'The documents do not give the amount asked for. The nearest they say:',
  },
};

function withoutAnswer(reply: Reply, ctx: AnswerContext, missing: keyof typeof LEADS): Reply {
  return { ...reply, found: false, text: `${LEADS[missing][ctx.lang]}\n${reply.text}` };
}

/**
 * A quoted passage answers only from a document the question names by its title ("valsts programma", "the
 * report"); a bare "programma" is any programme ("KiVa programmas").
 */
const TITLES: [DocumentId, RegExp][] = [
  ['programme', /\b(?:valsts programm|state programm|programm\p{L}* 2026|2026\.? gada programm)/u],
  ['report', /\b(?:zinojum|report\b|informativ\p{L}* zinojum)/u],
  ['plan', /\b(?:istenosanas plan|implementation plan|plan\p{L}* 2022|pamatnostadn)/u],
];

function fromNamedDocument(ctx: AnswerContext, reply: Reply): boolean {
  const folded = fold(ctx.u.text);
  const named = TITLES.filter(([, title]) => title.test(folded)).map(([id]) => id);
  return named.length === 0 || reply.sources.some((s) => named.includes(s.document));
}

/**
 * References of a stated kind that nothing in the documents has, when the reply answers none of the question's
 * references (a stray number beside the one answered, "Stop 4-7 … 1.3.3.", is not a reference).
 */
function missingReferences(u: Understanding, kb: KnowledgeBase, reply: Reply): Reference[] {
  const answered = new Set(reply.subjects.map((s) => s.id));
  if (u.references.some((r) => answered.has(r.id))) return [];
  return u.references.filter((r) => !exists(r, kb));
}

function exists(r: Reference, kb: KnowledgeBase): boolean {
  switch (r.kind) {
    case 'measure':
      return kb.measures.has(r.id) || kb.activities.has(r.id);
    case 'activity':
      return kb.activities.has(r.id) || kb.measures.has(r.id);
    case 'report-task':
      return kb.reportTasks.has(r.id);
    case 'plan-task':
      return kb.planTasks.has(r.id);
    case 'direction':
      return kb.directions.has(r.id);
    case 'group':
      return kb.groups.has(r.id);
    case 'id':
      return true;
  }
}

/** Abbreviations the question uses that no document or registry entry knows ("PVN"): the documents cannot answer. */
function unknownTerms(ctx: AnswerContext): Constraint[] {
  return ctx.u.abbreviations
    .filter((a) => !ctx.kb.registry.byAbbreviation(a) && !ctx.kb.termFrequency.has(fold(a)))
    .map((value) => ({ kind: 'term', value }));
}

function unmetConstraints(ctx: AnswerContext, reply: Reply): Constraint[] {
  const stated = [...statedConstraints(ctx.u.text), ...unknownTerms(ctx)];
  if (stated.length === 0) return [];
  const evidence = evidenceOf(reply, ctx.kb);
  const periodOwn = FILTERING_INTENTS.has(reply.intent) || PERIOD_ITEM_INTENTS.has(reply.intent);
  return stated.filter((c) => !(c.kind === 'year' && periodOwn) && !met(c, evidence));
}

interface Evidence {
  years: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** Every digit run of the evidence with separators dropped, joined by spaces. */
  digits: string;
}

function evidenceOf(reply: Reply, kb: KnowledgeBase): Evidence {
  return evidenceIn(
    [
      replyText(reply, reply.items.length),
      ...reply.sources.map((s) => `${s.title} ${s.quote}`),
      ...reply.subjects.map((s) => subjectText(s, kb)),
    ].join(' '),
  );
}

/** Whether a text holds every stated year, number and amount (a passage considered as an answer). */
export function holdsConstraints(text: string, stated: readonly Constraint[]): boolean {
  if (stated.length === 0) return true;
  const evidence = evidenceIn(text);
  return stated.every((c) => met(c, evidence));
}

function met(c: Constraint, evidence: Evidence): boolean {
  if (c.kind === 'term') return evidence.words.has(fold(c.value));
  if (c.kind === 'year') return evidence.years.has(c.value);
  return evidence.digits.includes(` ${digits(c.value)} `);
}

/**
 * The evidence of a text, remembered: the same passages are checked answer after answer, and folding them is the
 * costly part. Bounded, so questions quoting new text cannot grow it without end.
 */
const evidenceMemo = new Map<string, Evidence>();
const EVIDENCE_MEMO_SIZE = 4096;

function evidenceIn(text: string): Evidence {
  const remembered = evidenceMemo.get(text);
  if (remembered) return remembered;
  if (evidenceMemo.size >= EVIDENCE_MEMO_SIZE) evidenceMemo.clear();
  const evidence = foldEvidence(text);
  evidenceMemo.set(text, evidence);
  return evidence;
}

function foldEvidence(text: string): Evidence {
  const years = new Set([...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => m[1] as string));
  for (const [, from, to] of text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})(?!\d)/gu)) {
    for (let y = Number(from); y <= Number(to) && y - Number(from) < 20; y += 1) years.add(String(y));
  }
  const folded = fold(text);
  const runs = folded.replace(/(\d)[ \u00a0.,](?=\d{3}\b)/gu, '$1');
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  return {
    years,
    words,
    digits: ` ${[...runs.matchAll(/\d[\da-z]*(?:[./-][\da-z]+)*/gu)].map((m) => digits(m[0])).join(' ')} `,
  };
}

function digits(value: string): string {
  return fold(value)
    .replace(/[ \u00a0.,]/gu, '')
    .replace(/[/-]/gu, '/');
}

function refuse(reply: Reply, absent: Constraint[], ctx: AnswerContext): Reply {
  const { lang } = ctx;
  const draft = new Draft();
  const named = absent.map((c) => describe(c, lang)).join(lang === 'lv' ? ', ' : ', ');
  const place = reply.sources[0];
  draft.line(lang === 'lv' ? `Par ${named} dokumentos ziņu nav.` : `The documents have nothing on ${named}.`);
  if (place) {
    draft.line(
      lang === 'lv'
        ? `Tuvākais, kas dokumentos ir: ${place.title}, ${place.locator}.`
        : `The nearest they have: ${place.title}, ${place.locator}.`,
    );
  }
  return draft.reply(reply.intent, lang, false);
}

function describe(c: Constraint, lang: AnswerContext['lang']): string {
  if (c.kind === 'year') return lang === 'lv' ? `${c.value}. gadu` : c.value;
  if (c.kind === 'term') return c.value;
  if (c.kind === 'amount') return lang === 'lv' ? `${c.value} euro` : `${c.value} euro`;
  return lang === 'lv' ? `Nr. ${c.value}` : `No. ${c.value}`;
}

/**
 * "Kas vada PKC?", "Who is the Minister of Welfare?": the head of an institution, not of a working group. The
 * documents name the people in the working groups only, so an answer must name one of them.
 */
const HEAD_WORDS =
  /(?:^|[^\p{L}])(?:ministr[se]|ministra|minister|director|direktor\p{L}*|head of|vaditaj\p{L}*|vada)(?:$|[^\p{L}])/u;
const WHO = /^(?:kas|kurs|kura|who|what is the name|what's the name)\b/u;

function asksForHead(ctx: AnswerContext): boolean {
  const folded = fold(ctx.u.text).trim();
  if (ctx.u.groups.length > 0 || ctx.u.references.length > 0 || ctx.u.persons.length > 0) return false;
  return WHO.test(folded) && HEAD_WORDS.test(folded) && !/(?:grup|group)/u.test(folded);
}

function namesPerson(reply: Reply, ctx: AnswerContext): boolean {
  const text = replyText(reply, reply.items.length);
  return ctx.kb.people.some((p) => text.includes(p.name));
}

function noHead(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  draft.line(
    ctx.lang === 'lv'
      ? 'Iestāžu vadītājus dokumenti nenosauc; tajos minētas tikai darba grupu vadītāju un locekļu personas.'
      : 'The documents do not name the heads of institutions; they name only the leaders and members of the working groups.',
  );
  return draft.reply(intent, ctx.lang, false);
}
