/**
 * The Children's Protection Centre unit a question names ("Prevencijas un resursu nodaļas tālrunis", "the Child's
 * House (Bērna māja)"): every word of the unit's name is among the question's terms. A contact asked of a named
 * unit must be that unit's own; another unit's number is not an answer.
 */
import type { Contact, Unit } from '../knowledge/model.js';
import { analyzeTerms } from '../text/analyze.js';
import type { AnswerContext } from './answer-context.js';

export function namedUnit(ctx: AnswerContext): Unit | undefined {
  const terms = new Set(ctx.u.searchTerms.map((t) => t.term));
  const named = ctx.kb.knowledge.units.filter((unit) => {
    const words = analyzeTerms(unit.name).map((t) => t.term);
    return words.length > 0 && words.every((w) => terms.has(w));
  });
  // "Metodiskās vadības un analītikas departaments" also names "Analītikas nodaļa"'s words: the longest name wins.
  return named.sort((a, b) => b.name.length - a.name.length)[0];
}

/** The unit's own contacts and those of the units under it. */
export function contactsOf(unit: Unit, ctx: AnswerContext): Contact[] {
  const names = new Set([unit.name, ...ctx.kb.knowledge.units.filter((u) => u.parent === unit.id).map((u) => u.name)]);
  return ctx.kb.knowledge.contacts.filter((c) => names.has(c.source.locator.replace(/^unit /u, '')));
}
