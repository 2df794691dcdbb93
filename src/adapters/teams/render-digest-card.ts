/**
 * A Digest as an Adaptive Card: the title and intro, then each section with its lines (what, for whom, by when,
 * why, where from) and the lines' buttons ("mark done"), whose commands come back through the message handler.
 */
import type { Digest, DigestLine, DigestSection } from '../../core/digest/digest.js';
import { cardWords } from './card-words.js';
import { type AdaptiveCard, adaptiveCard, type CardElement, submit, textBlocks } from './render-card.js';
import { escapeTeamsMarkdown } from './teams-markdown.js';

export function renderDigestCard(digest: Digest): AdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: escapeTeamsMarkdown(digest.title), size: 'Large', weight: 'Bolder', wrap: true },
    ...textBlocks(digest.intro, { isSubtle: true }),
    ...digest.notices.flatMap((n) => textBlocks(`⚠️ ${n}`, { color: 'Attention' })),
    ...digest.sections.flatMap((s) => sectionBlocks(s, digest.language)),
  ];
  return adaptiveCard(body);
}

function sectionBlocks(section: DigestSection, lang: Digest['language']): CardElement[] {
  const heading = section.total > section.lines.length ? `${section.title} (${section.total})` : section.title;
  const blocks: CardElement[] = [
    {
      type: 'TextBlock',
      text: escapeTeamsMarkdown(heading),
      size: 'Medium',
      weight: 'Bolder',
      wrap: true,
      separator: true,
    },
    ...section.lines.map((line) => lineContainer(line, lang)),
  ];
  if (section.more) blocks.push(...textBlocks(section.more, { isSubtle: true, size: 'Small' }));
  return blocks;
}

function lineContainer(line: DigestLine, lang: Digest['language']): CardElement {
  const words = cardWords(lang);
  const when = line.days === undefined ? line.deadline : `${line.deadline} (${words.daysLeft(line.days)})`;
  const details = [line.owners, when, line.status, line.why].filter((part) => part && part.trim() !== '');
  const items: CardElement[] = [
    { type: 'TextBlock', text: escapeTeamsMarkdown(`${line.id} ${line.title}`), weight: 'Bolder', wrap: true },
    ...textBlocks(details.join(' · '), { spacing: 'None', size: 'Small' }),
    ...textBlocks(`${words.source}: ${line.source.title}, ${line.source.locator}`, {
      spacing: 'None',
      size: 'Small',
      isSubtle: true,
    }),
  ];
  if (line.mentions.length > 0) items.push(...textBlocks(line.mentions.join(' '), { spacing: 'None', size: 'Small' }));
  if (line.actions.length > 0) {
    items.push({
      type: 'ActionSet',
      actions: line.actions.map((a) => submit(a.label, { action: 'command', text: a.command })),
    });
  }
  return { type: 'Container', spacing: 'Medium', items };
}
