/**
 * A Digest as plain text: for the command line, the chat preview, and platforms' notification fallback. One
 * line per item with every part a reader needs (id, title, owners, deadline, days, why, status, source).
 */
import type { Digest, DigestLine, DigestSection } from './digest.js';
import { daysText } from './digest-words.js';

export function digestText(digest: Digest): string {
  const lines = [digest.title, digest.intro];
  for (const notice of digest.notices) lines.push(`⚠ ${notice}`);
  for (const section of digest.sections) lines.push('', ...sectionText(section, digest.language));
  return lines.join('\n');
}

function sectionText(section: DigestSection, lang: Digest['language']): string[] {
  const lines = [`${section.title} — ${section.total}`];
  for (const line of section.lines) lines.push(...lineText(line, section.kind, lang));
  if (section.more) lines.push(section.more);
  return lines;
}

export function lineText(line: DigestLine, kind: DigestSection['kind'], lang: Digest['language']): string[] {
  const when =
    line.days === undefined ? line.deadline : `${line.deadline}, ${daysText(line.days, lang, kind === 'starting')}`;
  const source = `${lang === 'lv' ? 'Avots' : 'Source'}: ${line.source.title}, ${line.source.locator}`;
  const out = [`• ${line.id} ${line.title} — ${line.owners}; ${when} · ${line.why} · ${source}`];
  if (line.status) out.push(`  ${lang === 'lv' ? 'Statuss' : 'Status'}: ${line.status}`);
  if (line.mentions.length > 0) out.push(`  ${line.mentions.join(' ')}`);
  return out;
}
