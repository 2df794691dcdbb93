/** The words digests are made of, in Latvian and English, kept together so both languages stay in step. */
import type { StatusRecord } from '../answer/answer-context.js';
import { documentTitle } from '../answer/citations.js';
import { formatIsoDate } from '../answer/dates.js';
import type { Language } from '../answer/reply.js';
import type { DocumentId, IsoDate } from '../knowledge/model.js';
import type { DigestSectionKind } from './digest.js';
import { describeHorizon } from './schedule-words.js';
import type { Reason } from './scope.js';

export function sectionTitle(kind: DigestSectionKind, horizonDays: number, lang: Language): string {
  const span = describeHorizon(horizonDays, lang);
  const lv: Record<DigestSectionKind, string> = {
    overdue: 'Nokavēts (termiņš pagājis, izpilde nav atzīmēta)',
    due: `Termiņš — ${span}`,
    starting: `Sākas — ${span}`,
    done: 'Nesen izpildīts (pēdējās 7 dienās)',
    unknown: 'Termiņš nav zināms',
  };
  const en: Record<DigestSectionKind, string> = {
    overdue: 'Overdue (deadline passed, not marked done)',
    due: `Due — ${span}`,
    starting: `Starting — ${span}`,
    done: 'Recently done (last 7 days)',
    unknown: 'Deadline unknown',
  };
  return (lang === 'lv' ? lv : en)[kind];
}

export function reasonText(reason: Reason, lang: Language): string {
  switch (reason.kind) {
    case 'responsible':
    case 'co-responsible': {
      const role = {
        responsible: { lv: 'atbildīgā', en: 'responsible' },
        'co-responsible': { lv: 'līdzatbildīgā', en: 'co-responsible' },
      }[reason.kind][lang];
      const now = reason.now ? (lang === 'lv' ? ` (tagad ${reason.now})` : ` (now ${reason.now})`) : '';
      return `${role}: ${reason.institution}${now}`;
    }
    case 'group-task':
      return lang === 'lv' ? 'darba grupas uzdevums' : 'working group task';
    case 'group-deadline':
      return lang === 'lv' ? 'darba grupas termiņš' : 'working group deadline';
    case 'topic':
      return `${lang === 'lv' ? 'tēma' : 'topic'}: ${reason.topic.label[lang]}`;
    case 'prefix':
      return lang === 'lv' ? `numurs ${reason.prefix}.*` : `number ${reason.prefix}.*`;
    case 'document':
      return `${lang === 'lv' ? 'dokuments' : 'document'}: ${docTitle(reason.document, lang)}`;
  }
}

export function docTitle(document: DocumentId, lang: Language): string {
  return documentTitle({ document, locator: '', line: 1, raw: '' }, lang);
}

/** "pēc 5 dienām" / "in 5 days", "nokavēts par 30 dienām" / "30 days overdue", "šodien" / "today". */
export function daysText(days: number, lang: Language, starting = false): string {
  if (days === 0) return lang === 'lv' ? (starting ? 'sākas šodien' : 'šodien') : starting ? 'starts today' : 'today';
  const n = Math.abs(days);
  const one = n % 10 === 1 && n % 100 !== 11;
  if (lang === 'en') {
    const unit = n === 1 ? 'day' : 'days';
    if (days < 0) return `${n} ${unit} overdue`;
    return starting ? `starts in ${n} ${unit}` : `in ${n} ${unit}`;
  }
  if (days < 0) return `nokavēts par ${n} ${one ? 'dienu' : 'dienām'}`;
  return `${starting ? 'sākas ' : ''}pēc ${n} ${one ? 'dienas' : 'dienām'}`;
}

export const STATUS_WORDS = {
  done: { lv: 'izpildīts', en: 'done' },
  'in-progress': { lv: 'izpilde notiek', en: 'in progress' },
  'not-started': { lv: 'nav uzsākts', en: 'not started' },
} as const;

/** "izpilde notiek (atzīmēja U123, 2027. gada 3. marts)" — a chat mark always says who made it and when. */
export function statusText(record: StatusRecord, lang: Language): string {
  const when = formatIsoDate(record.at.slice(0, 10), lang, 'nominative');
  const note = record.note ? ` — ${record.note}` : '';
  const by = markerName(record.by, lang);
  return lang === 'lv'
    ? `${STATUS_WORDS[record.status].lv}${note} (atzīmēja ${by}, ${when})`
    : `${STATUS_WORDS[record.status].en}${note} (marked by ${by}, ${when})`;
}

/** A mark made without a chat identity (the web page) is the web user's, never "unknown". */
function markerName(by: string, lang: Language): string {
  if (by !== 'unknown' && by !== 'web') return by;
  return lang === 'lv' ? 'tīmekļa lietotājs' : 'web user';
}

export function baselineText(status: 'done' | 'ongoing', lang: Language): string {
  const words = { done: { lv: 'izpildīts', en: 'done' }, ongoing: { lv: 'izpilde turpinās', en: 'ongoing' } };
  return lang === 'lv' ? `${words[status].lv} (pēc ziņojuma)` : `${words[status].en} (per the report)`;
}

/** The command a digest line's button sends back: strict, so no understanding step can misread it. */
export function statusCommand(itemKey: string, status: StatusRecord['status'], lang: Language): string {
  return `${lang === 'lv' ? 'statuss' : 'status'} ${itemKey} ${STATUS_WORDS[status][lang]}`;
}

export function moreText(shown: number, total: number, lang: Language): string {
  return lang === 'lv'
    ? `Rādīti ${shown} no ${total} (jaunākie vispirms). Visus parāda komanda “kopsavilkums pilnībā”.`
    : `Showing ${shown} of ${total} (most recent first). “digest in full” shows them all.`;
}

/** Shown in the next digest after one failed to post. */
/** `due` is the Riga date the failed digest was due on. */
export function failureNotice(due: IsoDate, error: string, lang: Language): string {
  return lang === 'lv'
    ? `${formatIsoDate(due, 'lv')} kopsavilkumu neizdevās nosūtīt: ${error}`
    : `The digest of ${formatIsoDate(due, 'en')} could not be posted: ${error}`;
}

/** What admins are told when a digest failed for good; both languages, as admins may read either. */
export function adminAlert(title: string, target: string, due: IsoDate, error: string): string {
  return [
    `Termiņu kopsavilkumu “${title}” (${target}, ${formatIsoDate(due, 'lv')}) neizdevās nosūtīt: ${error}`,
    `The deadline digest “${title}” (${target}, ${formatIsoDate(due, 'en')}) could not be posted: ${error}`,
  ].join('\n');
}
