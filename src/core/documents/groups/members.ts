/**
 * A member line → Member {person, role, institution}. Rules, in order:
 * 1. "… – Name Surname" (en dash or spaced hyphen before capitalised words): the right side is the person.
 * 2. Only the description's part before the first comma (outside quotes) names the institution; the rest is more
 *    role ("Latvijas Universitātes asociētā profesore, Latvijas Klīnisko psihologu asociācijas pārstāve").
 * 3. "X pārstāvis" / "X pārstāve" (also the misspelt "parstāvis"): X is the institution, the word is the role.
 *    Of "IeM pārstāvis / VP pārstāvis" only the first alternative is structured; `raw` keeps both.
 * 4. Otherwise that part is split at the end of its organisation phrase (see organisation-phrase.ts):
 *    the phrase is the institution, the rest the role.
 *    A description that is nothing but an organisation ("Labklājības ministrija", "LM;") has no role.
 * 5. With no organisation phrase the whole description is the role and the institution stays undefined.
 * Institutions are kept as written (often genitive: "Labklājības ministrijas"); registry ids are resolved later.
 */
import type { Member } from '../../knowledge/model.js';
import { organisationEnd } from './organisation-phrase.js';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const WITH_PERSON = new RegExp(String.raw`^(.*\S)\s+[–-]\s+(${NAME_WORD}(?:\s+${NAME_WORD}){1,2})$`, 'u');
const REPRESENTATIVE = /^(.*\S)\s+(p[aā]rstāv(?:is|e|ji))$/u;

export function parseMember(raw: string): Member {
  const clean = raw.replace(/[\s;.,]+$/u, '');
  const withPerson = WITH_PERSON.exec(clean);
  const description = withPerson ? (withPerson[1] as string) : clean;
  const member: Member = { raw, ...describe(description) };
  if (withPerson) member.person = withPerson[2] as string;
  return member;
}

function describe(description: string): Pick<Member, 'role' | 'institution'> {
  const comma = topLevelComma(description);
  const head = comma < 0 ? description : description.slice(0, comma);
  const tail = comma < 0 ? '' : description.slice(comma);
  const split = splitRepresentative(head) ?? splitAtOrganisation(head);
  if (!split) return { role: description };
  const role = `${split.role}${tail}`.replace(/^[\s,]+/u, '').trim();
  const institution = { name: split.institution };
  return role ? { institution, role } : { institution };
}

function splitRepresentative(head: string): { institution: string; role: string } | undefined {
  const firstAlternative = head.split(/\s+\/\s+/u)[0] ?? head;
  const m = REPRESENTATIVE.exec(firstAlternative);
  return m ? { institution: m[1] as string, role: m[2] as string } : undefined;
}

function splitAtOrganisation(head: string): { institution: string; role: string } | undefined {
  const end = organisationEnd(head);
  if (end < 0) return undefined;
  return { institution: head.slice(0, end).trim(), role: head.slice(end) };
}

/** The first comma outside quotes, or -1. */
function topLevelComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '„' || ch === '‘') depth += 1;
    else if (ch === '”' || ch === '’') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) return i;
  }
  return -1;
}
