/**
 * The weekly digest as a Slack message: a header, the intro, notices, then each section with its lines. A line
 * says what is due, for whom, by when, why it is in this digest and where it comes from; its actions (mark done…)
 * are buttons. Mentions come from configuration and may name people or user groups, never a whole channel. A
 * digest too big for one message is split into parts that each fit (splitDigestForSlack).
 */
import type { Language } from '../../core/answer/reply.js';
import type { Digest, DigestLine, DigestSection } from '../../core/digest/digest.js';
import { splitDigest } from '../../core/digest/split-digest.js';
import { ACTION } from './action-values.js';
import {
  actions,
  type Block,
  button,
  context,
  header,
  LIMITS,
  type SlackMessage,
  sections,
  textChars,
  withinLimits,
} from './block-kit.js';
import { escapeAndCut, escapeMrkdwn } from './mrkdwn.js';

const WORDS = {
  owners: { lv: 'Atbildīgie', en: 'Owners' },
  deadline: { lv: 'Termiņš', en: 'Deadline' },
  status: { lv: 'Statuss', en: 'Status' },
  source: { lv: 'Avots', en: 'Source' },
  cut: {
    lv: 'Pārskats saīsināts, lai ietilptu vienā Slack ziņojumā.',
    en: 'The digest was shortened to fit in one Slack message.',
  },
} as const;

const TITLE_CHARS = 300;

/** One message; a digest past Slack's limits is cut with a note, so the scheduler posts splitDigestForSlack's parts. */
export function renderDigest(digest: Digest): SlackMessage {
  return {
    text: escapeAndCut(`${digest.title}\n${digest.intro}`, LIMITS.sectionText),
    blocks: withinLimits(digestBlocks(digest), [], LIMITS.messageBlocks, WORDS.cut[digest.language]),
  };
}

/** Whether the digest goes into one message whole: 50 blocks, and the overall text limit (sections split at 3000). */
export function fitsOneMessage(digest: Digest): boolean {
  const blocks = digestBlocks(digest);
  return blocks.length <= LIMITS.messageBlocks && textChars(blocks) <= LIMITS.messageText;
}

/** The digest as consecutive Slack messages, each whole within the limits. */
export function splitDigestForSlack(digest: Digest): Digest[] {
  return splitDigest(digest, fitsOneMessage);
}

function digestBlocks(digest: Digest): Block[] {
  const top: Block[] = [header(digest.title), ...sections([escapeMrkdwn(digest.intro)])];
  if (digest.notices.length > 0) top.push(context(digest.notices.map((n) => `⚠️ ${escapeAndCut(n, 500)}`)));
  const body = digest.empty ? [] : digest.sections.flatMap((s) => sectionBlocks(s, digest.language));
  return [...top, ...body];
}

function sectionBlocks(section: DigestSection, lang: Language): Block[] {
  const count = section.total > section.lines.length ? `${section.lines.length}/${section.total}` : `${section.total}`;
  const blocks: Block[] = [...sections([`*${escapeMrkdwn(section.title)}* (${count})`])];
  for (const line of section.lines) blocks.push(...lineBlocks(line, lang));
  if (section.more) blocks.push(context([escapeAndCut(section.more, 1000)]));
  return blocks;
}

function lineBlocks(line: DigestLine, lang: Language): Block[] {
  const facts = [
    `${WORDS.owners[lang]}: ${escapeMrkdwn(line.owners)}`,
    `${WORDS.deadline[lang]}: ${deadline(line, lang)}`,
  ];
  if (line.status) facts.push(`${WORDS.status[lang]}: ${escapeMrkdwn(line.status)}`);
  facts.push(escapeMrkdwn(line.why));
  const mentions = line.mentions.map(mention).filter((m) => m.length > 0);
  const text = [
    `*${escapeMrkdwn(line.id)}* ${escapeAndCut(line.title, TITLE_CHARS)}`,
    facts.join(' · '),
    `_${WORDS.source[lang]}: ${escapeMrkdwn(`${line.source.title}, ${line.source.locator}`)}_${mentions.length ? ` ${mentions.join(' ')}` : ''}`,
  ];
  const buttons = line.actions.map((a, i) => button(a.label, `${ACTION.commandPrefix}${i}`, a.command, a.style));
  const [only] = buttons;
  const block = sections([text.join('\n')]);
  if (buttons.length === 1 && only && block.length === 1 && block[0]) return [{ ...block[0], accessory: only }];
  return [...block, ...actions(buttons)];
}

function deadline(line: DigestLine, lang: Language): string {
  const words = escapeMrkdwn(line.deadline);
  if (line.days === undefined) return words;
  const d = line.days;
  if (lang === 'lv') return `${words} (${d === 0 ? 'šodien' : d > 0 ? `pēc ${d} d.` : `kavēts ${-d} d.`})`;
  return `${words} (${d === 0 ? 'today' : d > 0 ? `in ${d} days` : `${-d} days overdue`})`;
}

/**
 * A configured handle as a Slack mention: a user (`U…`/`W…`, or `<@U…>`) or a user group (`S…`, or
 * `<!subteam^S…>`). Anything else is shown as text, so a configuration mistake can never broadcast.
 */
export function mention(handle: string): string {
  const h = handle.trim();
  const user = /^<?@?([UW][A-Z0-9]{2,})>?$/u.exec(h);
  if (user) return `<@${user[1]}>`;
  const group = /^(?:<!subteam\^)?(S[A-Z0-9]{2,})(?:\|[^<>]*)?>?$/u.exec(h);
  if (group) return `<!subteam^${group[1]}>`;
  return escapeMrkdwn(h);
}
