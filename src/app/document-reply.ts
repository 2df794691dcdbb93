/**
 * What the bot replies to a document sent in chat: what it found (counts per kind), its warnings (the first few)
 * and three example questions; or why it was not added. Latvian by default, English when asked for.
 */
import type { Language } from '../core/answer/reply.js';

export interface AddedView {
  title: string;
  counts: { kind: string; count: number }[];
  warnings: string[];
  examples: { lv: string; en: string }[];
}

const SHOWN_WARNINGS = 5;

const KINDS_LV: Record<string, string> = {
  sections: 'sadaļas',
  passages: 'teksta fragmenti',
  abbreviations: 'saīsinājumi',
  'item tables': 'tabulas ar rindām',
  items: 'rindas (pasākumi, uzdevumi)',
  measures: 'pasākumi',
  reportTasks: 'uzdevumi',
  activities: 'aktivitātes',
  groups: 'darba grupas',
  units: 'struktūrvienības',
  contacts: 'kontakti',
  warnings: 'brīdinājumi',
};

export function addedReply(doc: AddedView, lang: Language): string {
  const counts = doc.counts.map((c) => `${c.count} ${lang === 'lv' ? (KINDS_LV[c.kind] ?? c.kind) : c.kind}`);
  const lines = [
    lang === 'lv' ? `Pievienoju dokumentu “${doc.title}”.` : `I added the document “${doc.title}”.`,
    `${lang === 'lv' ? 'Atradu' : 'Found'}: ${counts.join(', ')}.`,
  ];
  if (doc.warnings.length > 0) {
    lines.push(lang === 'lv' ? `Brīdinājumi (${doc.warnings.length}):` : `Warnings (${doc.warnings.length}):`);
    lines.push(...doc.warnings.slice(0, SHOWN_WARNINGS).map((w) => `• ${w}`));
    const rest = doc.warnings.length - SHOWN_WARNINGS;
    if (rest > 0) lines.push(lang === 'lv' ? `… un vēl ${rest}` : `… and ${rest} more`);
  } else {
    lines.push(lang === 'lv' ? 'Brīdinājumu nav.' : 'No warnings.');
  }
  if (doc.examples.length > 0) {
    lines.push(lang === 'lv' ? 'Varat jautāt, piemēram:' : 'You can ask, for example:');
    lines.push(...doc.examples.map((q) => `• ${q[lang]}`));
  }
  return lines.join('\n');
}

export function refusedReply(file: string, reason: { lv: string; en: string }, lang: Language): string {
  return lang === 'lv'
    ? `Dokumentu “${file}” nepievienoju: ${reason.lv} Nekas netika mainīts.`
    : `I did not add “${file}”: ${reason.en} Nothing was changed.`;
}

export const NOT_AN_EDITOR = {
  lv: 'Dokumentus var pievienot tikai redaktori (EDITOR_USERS). Lūdziet to izdarīt kādam no viņiem. Nekas netika mainīts.',
  en: 'Only editors (EDITOR_USERS) can add documents. Please ask one of them. Nothing was changed.',
};

export const NO_DOCUMENTS = {
  lv: 'Šajā serverī dokumentus pievienot nevar.',
  en: 'Documents cannot be added on this server.',
};
