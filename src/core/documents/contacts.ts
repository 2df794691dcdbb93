/**
 * Contacts in a passage: phone numbers, e-mail addresses, web addresses and opening hours, each with the sentence
 * around it as its context.
 *
 * Phones are easy to confuse with years, sums, dates, law numbers and project ids, so a digit run counts only if
 * - it is a 116xxx helpline number (the EU harmonised range), or
 * - it carries the +371 prefix and eight digits, or
 * - it has eight digits starting 2, 6, 8 or 9 (Latvian mobile, landline, free and paid lines) AND a phone word
 *   ("tālr.", "tālrunis", "numurs", "zvanot", …) stands within 40 characters of it;
 * and never when it touches letters, dots, slashes or decimals ("4.3.6.5/1/24/I/001", "14.04.2025.", "49,24") or is
 * followed by a currency ("283 239 euro"). E-mail and web addresses are found first and masked, so that the
 * digits in "uzticibaspasts116111@bac.gov.lv" are not read as a phone.
 * Bare host names must be lower-case ("bernamaja.lv"): "SIA “Mammamuntetiem.lv”" is a company's name.
 */
import type { Contact, Passage } from '../knowledge/model.js';
import { splitSentences } from './passages.js';

interface Found {
  kind: Contact['kind'];
  value: string;
  display: string;
  index: number;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
const URL = /\bhttps?:\/\/[^\s<>"“”]+/gu;
const WWW = /(?<![\p{L}\d./@-])www\.[^\s<>"“”]+/gu;
const HOST = /(?<![\p{L}\d./@:-])[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:lv|com|eu|org)(?![\p{L}\d-])(?:\/[^\s<>"“”]*)?/gu;
const TRAILING = /[.,;:!?)\]}'’”]+$/u;

const PHONE =
  /(?<![\p{L}\d./@,+-])(\+371[ \u00a0]?)?(\d{2,3}(?:[ \u00a0]\d{2,3}){1,3}|\d{5,8})(?![\p{L}\d/@]|[.,]\d|\s*(?:euro|eur|€))/giu;
const PHONE_WORD = /tālr\.|tālru\p{L}*|tālrun\p{L}*|telefon\p{L}*|numur\p{L}*|zvan\p{L}*|\btel\.|phone/iu;
const PHONE_WINDOW = 40;

const HOURS =
  /(?:(?:darba\s+dienās|\p{L}+dienās|katru\s+dienu)\s+)?(?:no\s+)?(?:plkst\.\s*)?(\d{1,2}):(\d{2})\s*[-–—]\s*(?:plkst\.\s*)?(\d{1,2}):(\d{2})/giu;

export function findContacts(passage: Passage, unit?: string): Contact[] {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  for (const sentence of splitSentences(passage.text)) {
    for (const found of findInSentence(sentence)) {
      const key = `${found.kind}:${found.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const contact: Contact = {
        kind: found.kind,
        value: found.value,
        display: found.display,
        context: sentence,
        source: { ...passage.source, raw: sentence },
      };
      if (unit) contact.unit = unit;
      contacts.push(contact);
    }
  }
  return contacts;
}

function findInSentence(sentence: string): Found[] {
  const addresses: Found[] = [];
  let masked = sentence;
  for (const [re, kind] of [
    [EMAIL, 'email'],
    [URL, 'web'],
    [WWW, 'web'],
    [HOST, 'web'],
  ] as const) {
    const found = matchAddresses(masked, re, kind);
    addresses.push(...found);
    masked = mask(masked, found);
  }
  const all = [...addresses, ...findPhones(masked), ...findHours(masked)];
  return all.sort((a, b) => a.index - b.index);
}

function matchAddresses(text: string, re: RegExp, kind: 'email' | 'web'): Found[] {
  return [...text.matchAll(re)].map((m) => {
    const display = m[0].replace(TRAILING, '');
    const value = kind === 'email' ? display.toLowerCase() : display;
    return { kind, value, display, index: m.index ?? 0 };
  });
}

/** Blanks found addresses out, keeping every other character where it was. */
function mask(text: string, found: Found[]): string {
  let out = text;
  for (const f of found)
    out = out.slice(0, f.index) + ' '.repeat(f.display.length) + out.slice(f.index + f.display.length);
  return out;
}

function findPhones(text: string): Found[] {
  const phones: Found[] = [];
  for (const m of text.matchAll(PHONE)) {
    const index = m.index ?? 0;
    const digits = (m[2] as string).replace(/\D/gu, '');
    const prefixed = m[1] !== undefined;
    const window = text.slice(Math.max(0, index - PHONE_WINDOW), index + m[0].length + PHONE_WINDOW);
    if (!isPhone(digits, prefixed, PHONE_WORD.test(window))) continue;
    phones.push({ kind: 'phone', value: prefixed ? `+371${digits}` : digits, display: m[0].trim(), index });
  }
  return phones;
}

function isPhone(digits: string, prefixed: boolean, nearPhoneWord: boolean): boolean {
  if (prefixed) return digits.length === 8;
  if (/^116\d{3}$/u.test(digits)) return true;
  return digits.length === 8 && /^[2689]/u.test(digits) && nearPhoneWord;
}

/** "strādā visu diennakti": round-the-clock service, stated without times. */
const ROUND_THE_CLOCK = /(?:strādā\s+)?visu\s+diennakti/iu;

function findHours(text: string): Found[] {
  const hours: Found[] = [];
  const allDay = ROUND_THE_CLOCK.exec(text);
  if (allDay) hours.push({ kind: 'hours', value: '00:00-24:00', display: allDay[0].trim(), index: allDay.index });
  for (const m of text.matchAll(HOURS)) {
    const [from, to] = [time(m[1], m[2]), time(m[3], m[4])];
    if (!from || !to) continue;
    hours.push({ kind: 'hours', value: `${from}-${to}`, display: m[0].trim(), index: m.index ?? 0 });
  }
  return hours;
}

function time(hours: string | undefined, minutes: string | undefined): string | undefined {
  const h = Number(hours);
  const min = Number(minutes);
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60)) return undefined;
  return `${String(h).padStart(2, '0')}:${minutes}`;
}
