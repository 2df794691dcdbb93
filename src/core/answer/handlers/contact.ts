/**
 * Contacts: phone numbers, e-mail addresses, web sites and opening hours the documents give, each with what it is
 * for, in the document's words. A question that asks for no kind of contact ("Kādi speciālisti strādā Bērna mājā?")
 * is looked up in the text first; a unit the question names is described when no contact fits.
 */
import type { Contact, Unit } from '../../knowledge/model.js';
import { search } from '../../search/search.js';
import { analyze, analyzeTerms } from '../../text/analyze.js';
import { fold } from '../../text/fold.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, place } from '../citations.js';
import { Draft } from '../draft.js';
import { contactsOf, namedUnit } from '../named-unit.js';
import { answerType, type Concept, questionConcepts, rankByCoverage } from '../relevance.js';
import type { Reply } from '../reply.js';
import { shorten, w } from '../words.js';
import { answerSearch, answers, rankedHits } from './search.js';

/** The contact must share this much of the question to be offered as its answer. */
const MIN_CONTACT_COVERAGE = 0.3;
/** Words that ask for a kind of contact: the kind filter answers them, so they do not count as content. */
const KIND_TERMS = new Set(
  analyze(
    'tālrunis tālruņa numurs numuru zvanīt e-pasts e-pastu epasts adrese mājaslapa tīmekļvietne vietne saite čats ' +
      'phone telephone number call email e-mail mail address website site web link chat write open hours night',
  ),
);

export function answerContact(ctx: AnswerContext, intent: string): Reply {
  // "Cik procentus zvanu …?" speaks of calls but asks a number: the text answers it, not a phone number.
  if (ctx.u.contactKinds.length === 0 || answerType(ctx.u) === 'number') {
    const best = rankedHits(ctx)[0];
    if (best && answers(best, ctx)) return answerSearch(ctx, 'search');
  }
  const unit = ctx.u.contactKinds.length > 0 ? namedUnit(ctx) : undefined;
  const own = unit ? contactsOf(unit, ctx).map((c) => c.value) : undefined;
  const matching = matchingContacts(ctx).filter((c) => !own || own.includes(c.value));
  if (unit && matching.length === 0) return noContact(unit, ctx, intent);
  // "the Ministry of Health's phone" is not the helpline's number that the words also match.
  const institution = unit ? undefined : askedInstitution(ctx);
  const contacts = institution ? matching.filter((c) => belongsTo(c, institution.id, ctx)) : matching;
  if (institution && matching.length > 0 && contacts.length === 0) {
    return noInstitutionContact(ctx.names.institution(institution), ctx, intent);
  }
  if (contacts.length > 0) {
    const draft = new Draft();
    for (const c of contacts) {
      draft.line(`${w(c.kind, ctx.lang)}: ${c.display} — ${shorten(c.context, 320)} (${place(c.source, ctx.lang)})`);
      draft.source(cite(c.source, ctx.lang, c.context));
    }
    return draft.reply(intent, ctx.lang, true);
  }
  return describeUnit(ctx) ?? answerSearch(ctx, 'search');
}

/** The named unit has no contact of the asked kind: said, with the unit cited, and not found. */
function noContact(unit: Unit, ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const kinds = ctx.u.contactKinds.map((k) => w(k, ctx.lang).toLowerCase()).join(ctx.lang === 'lv' ? ' vai ' : ' or ');
  draft.line(
    ctx.lang === 'lv'
      ? `Vienībai “${unit.name}” ${kinds} dokumentos nav norādīts.`
      : `The documents give no ${kinds} for the unit “${unit.name}”.`,
  );
  draft.source(cite(unit.source, ctx.lang, shorten(unit.description, 300)));
  return draft.reply(intent, ctx.lang, false);
}

/** The one institution a contact question names ("the Ministry of Health's phone"), if it names one. */
function askedInstitution(ctx: AnswerContext) {
  const ids = [...new Set(ctx.u.institutions.map((i) => i.id))];
  return ids.length === 1 && ctx.u.contactKinds.length > 0 ? ctx.kb.registry.get(ids[0] as string) : undefined;
}

/** The BAC information is the Centre's own: its contacts are the Centre's; elsewhere the context must name it. */
const OWN_DOCUMENT: Record<string, string> = { bac: 'BAC' };

function belongsTo(contact: Contact, id: string, ctx: AnswerContext): boolean {
  if (OWN_DOCUMENT[contact.source.document] === id) return true;
  return ctx.kb.registry.mentions(contact.context).some((m) => m.institution.id === id);
}

function noInstitutionContact(name: string, ctx: AnswerContext, intent: string): Reply {
  const kinds = ctx.u.contactKinds.map((k) => w(k, ctx.lang).toLowerCase()).join(ctx.lang === 'lv' ? ' vai ' : ' or ');
  const draft = new Draft();
  draft.line(
    ctx.lang === 'lv' ? `Dokumentos nav norādīts ${name} ${kinds}.` : `The documents give no ${kinds} for ${name}.`,
  );
  return draft.reply(intent, ctx.lang, false);
}

function contentConcepts(ctx: AnswerContext): Concept[] {
  // "uzticības tālrunis" names a service although "tālrunis" alone asks for a phone: only concepts made of kind
  // words go.
  return questionConcepts(ctx.u, ctx.kb).filter(
    (c) => !KIND_TERMS.has(c.terms[0] ?? '') && !c.terms.every((t) => KIND_TERMS.has(t)),
  );
}

function matchingContacts(ctx: AnswerContext): Contact[] {
  const byId = new Map(ctx.kb.knowledge.contacts.map((c, i) => [`contact:${i}`, c]));
  const named = namedNumberContexts(ctx);
  // "Kad var zvanīt uz 116111?": the number is given, so "zvanīt" asks when or where, not for a number.
  const onlyPhone = ctx.u.contactKinds.every((k) => k === 'phone');
  const kinds = named.size > 0 && onlyPhone ? ['hours', 'web'] : whenNarrows(ctx, askedKinds(ctx));
  const extraTerms = ctx.u.searchTerms.filter((t) => t.source).map((t) => ({ term: t.term, boost: t.boost ?? 1 }));
  const hits = search(ctx.kb.index, { text: ctx.u.text, extraTerms, kinds: ['contact'], limit: 30 });
  const words = analyzeTerms(ctx.u.text).map((t) => t.folded.slice(0, 5));
  // A number the question gives ("Kad var zvanīt uz 80006008?") is what it asks about: only its own passage answers.
  const aboutNamed = (c: Contact) =>
    named.size === 0 || [...named].some((n) => digitsOf(c.context).includes(digitsOf(n)));
  const ranked = rankByCoverage(hits, contentConcepts(ctx))
    .filter((r) => {
      const contact = byId.get(r.hit.item.id);
      return (
        contact &&
        (kinds.length === 0 || kinds.includes(contact.kind)) &&
        !named.has(contact.value) &&
        aboutNamed(contact)
      );
    })
    // Equal cover: the contact standing nearest the question's words ("čata darba laiks ir … 12:00-20:00").
    .map((r, order) => ({ r, order, near: nearness(byId.get(r.hit.item.id), words) }))
    .sort((a, b) => b.r.coverage - a.r.coverage || a.near - b.near || a.order - b.order)
    .map(({ r }) => r);
  const best = ranked[0]?.coverage ?? 0;
  const chosen: Contact[] = [];
  for (const r of ranked) {
    const contact = byId.get(r.hit.item.id);
    if (!contact || r.coverage < MIN_CONTACT_COVERAGE || r.coverage < best * 0.8) continue;
    if (chosen.some((c) => c.value === contact.value)) continue;
    chosen.push(contact);
    if (chosen.length === 3) break;
  }
  return chosen;
}

function digitsOf(text: string): string {
  return text.replace(/^\+371/u, '').replace(/[^\d]/gu, '');
}

/** How far (in characters) the contact stands from the nearest question word in its context. */
function nearness(contact: Contact | undefined, words: readonly string[]): number {
  if (!contact) return Number.MAX_SAFE_INTEGER;
  const context = fold(contact.context);
  const at = context.indexOf(fold(contact.display));
  let best = Number.MAX_SAFE_INTEGER;
  for (const word of words) {
    for (let i = context.indexOf(word); i >= 0; i = context.indexOf(word, i + 1))
      best = Math.min(best, Math.abs(i - at));
  }
  return best;
}

/** Phone numbers the question itself gives: it asks about them (their hours, their site), not for them. */
function namedNumberContexts(ctx: AnswerContext): Set<string> {
  const digits = ctx.u.text.replace(/[\s-]/g, '');
  return new Set(
    ctx.kb.knowledge.contacts
      .filter((c) => c.kind === 'phone' && digits.includes(c.value.replace(/^\+371/, '')))
      .map((c) => c.value),
  );
}

function describeUnit(ctx: AnswerContext): Reply | undefined {
  const extraTerms = ctx.u.searchTerms.filter((t) => t.source).map((t) => ({ term: t.term, boost: t.boost ?? 1 }));
  const hits = search(ctx.kb.index, { text: ctx.u.text, extraTerms, kinds: ['unit'], limit: 5 });
  const best = rankByCoverage(hits, questionConcepts(ctx.u, ctx.kb))[0];
  const unit =
    best && best.coverage >= 0.5 ? ctx.kb.knowledge.units.find((u) => `unit:${u.id}` === best.hit.item.id) : undefined;
  if (!unit) return undefined;
  const draft = new Draft();
  draft.line(`${unit.name}: ${shorten(unit.description, 500)}`);
  draft.items.push(...unit.services.slice(0, 8).map((s, i) => ({ id: `${i + 1}.`, title: shorten(s, 200) })));
  draft.source(cite(unit.source, ctx.lang, shorten(unit.description, 400)));
  return draft.reply('contact', ctx.lang, true);
}

/**
 * "uzticības tālruņa e-pasts" names the helpline and asks for its e-mail: "tālrunis" there is part of a name. A
 * phone is asked for only by itself, or with a word that asks for a number ("numurs", "zvanīt", "call").
 */
function askedKinds(ctx: AnswerContext): string[] {
  const kinds = ctx.u.contactKinds;
  if (!kinds.includes('phone') || kinds.length === 1) return kinds;
  const asksNumber = /\b(?:numur\p{L}*|zvan\p{L}*|number|call\p{L}*|phone)\b/iu.test(fold(ctx.u.text));
  return asksNumber ? kinds : kinds.filter((k) => k !== 'phone');
}

/** "Kad strādā čats?" asks for hours: the chat's web address is not what "when" wants. */
function whenNarrows(ctx: AnswerContext, kinds: string[]): string[] {
  const when = /^(?:kad|when)\b/u.test(fold(ctx.u.text));
  return when && kinds.includes('hours') ? ['hours'] : kinds;
}
