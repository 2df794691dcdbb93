/**
 * People a question names. Known people are those the working groups list, found by the stems of their name
 * parts in any case form ("Zālītes", "Zālītei", "Ineta Būmane"). A capitalised two-word name that is nobody in the
 * documents is returned apart, so the answer can say plainly that the documents do not mention that person.
 */
import type { Person } from '../knowledge/knowledge-base.js';
import { fold } from '../text/fold.js';
import { stemLv } from '../text/stem-lv.js';
import type { PersonSlot } from './understanding.js';

export interface PersonMatch {
  persons: PersonSlot[];
  unknownNames: string[];
}

const NAME_WORD = String.raw`\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?`;
const CAPITALISED_PAIR = new RegExp(String.raw`(?<![\p{L}])(${NAME_WORD})\s+(${NAME_WORD})(?:['’]s)?(?![\p{L}])`, 'gu');
/** Latvian personal names end in these letters (nominative or any case form the question may use). */
const LATVIAN_NAME_END = /(?:s|š|a|e|is|us|u|ai|ei|am|im|ei|ij|ai)$/u;

export function findPersons(
  text: string,
  people: readonly Person[],
  isKnownWord: (folded: string) => boolean,
): PersonMatch {
  const stems = new Set(
    fold(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2)
      .map((w) => stemLv(w)),
  );
  const persons = people
    .filter((p) => surnameStems(p).some((s) => stems.has(s)))
    .map((p) => ({ name: p.name, raw: p.name }));
  const known = new Set(people.flatMap((p) => p.stems));
  const unknownNames: string[] = [];
  for (const m of text.matchAll(CAPITALISED_PAIR)) {
    const [first, last] = [m[1] as string, m[2] as string];
    const parts = [first, last].map((w) => fold(w));
    if (parts.some((p) => isKnownWord(p) || known.has(stemLv(p)))) continue;
    if (!LATVIAN_NAME_END.test(parts[1] as string) && !/[āčēģīķļņšūž]/iu.test(`${first}${last}`)) continue;
    unknownNames.push(`${first} ${last}`);
  }
  return { persons, unknownNames };
}

/** A person is found by a surname part (or the first name together with it); first names alone are too common. */
function surnameStems(person: Person): string[] {
  return person.stems.slice(1);
}
