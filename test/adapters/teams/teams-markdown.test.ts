/**
 * Teams reads a card's TextBlocks and facts as markdown: document and user text must come out literally. Checked
 * on a card built from a reply full of markdown look-alikes, and on a real answer through the Agents SDK whose
 * result cell ("- izstrādāta …") would otherwise render as a bulleted list.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { renderReplyCard } from '../../../src/adapters/teams/render-card.js';
import { renderDigestCard } from '../../../src/adapters/teams/render-digest-card.js';
import { startTeams } from '../../../src/adapters/teams/start-teams.js';
import { escapeTeamsMarkdown } from '../../../src/adapters/teams/teams-markdown.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import type { Reply } from '../../../src/core/answer/reply.js';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { personalMessage } from '../../fixtures/teams/activities.js';
import { cardOf, rawTexts, shown } from './card-reading.js';
import { type Harness, postJson, startHarness } from './runtime-harness.js';

/** Markdown Teams would act on: a list start, or a special character without a backslash before it. */
const ACTIVE = /^\s*(?:\d+[.)]|[-+*])\s|(?<!\\)[*_[\]()<>]/u;

const LINES = [
  '2024. gada 1. janvārī stājas spēkā grozījumi',
  '*svarīgi* un _slīpi_',
  'skatīt [saite](https://example.invalid/x)',
  '<b>treknraksts</b>',
  '- ne saraksts',
];

const REPLY: Reply = {
  intent: 'search',
  language: 'lv',
  found: true,
  text: LINES.join('\n'),
  facts: [{ label: 'Termiņš_*', value: '2025. gada 31. decembris' }],
  items: [{ id: '1.', title: '3. punkts [a](b)', detail: '<i>x</i>' }],
  sources: [{ document: 'plan', title: 'Plāns *2022*', locator: '4.4.5. pasākums', quote: '1. solis _viens_' }],
  suggestions: [],
  actions: [],
  subjects: [],
};

describe('Teams markdown escaping', () => {
  it('escapes numbered lines, *, _, [x](y) and <b> so that they show as written', () => {
    const texts = rawTexts({ ...renderReplyCard(REPLY, { answerKey: 'k', question: 'q' }) });
    expect(texts).toContain('2024\\. gada 1. janvārī stājas spēkā grozījumi');
    expect(texts).toContain('\\*svarīgi\\* un \\_slīpi\\_');
    expect(texts).toContain('skatīt \\[saite\\]\\(https://example.invalid/x\\)');
    expect(texts).toContain('\\<b\\>treknraksts\\</b\\>');
    expect(texts).toContain('\\- ne saraksts');
    for (const text of texts) expect(text).not.toMatch(ACTIVE);
    expect(texts.map(shown)).toEqual(
      expect.arrayContaining([...LINES, '2025. gada 31. decembris', '1. solis _viens_']),
    );
  });

  it('escapes the digest card too: its title, section headings and line headings', () => {
    const line = {
      itemKey: 'measure:4.4.5',
      id: '4.4.5',
      title: LINES[1] as string,
      owners: 'LM',
      why: 'atbildīgā: LM',
      deadline: LINES[0] as string,
      source: { document: 'plan' as const, title: 'Plāns', locator: '4.4.5. pasākums', quote: '' },
      actions: [],
      mentions: [],
    };
    const card = renderDigestCard({
      subscriptionId: 's',
      period: '2026-W49',
      language: 'lv',
      title: LINES[2] as string,
      intro: LINES[3] as string,
      sections: [{ kind: 'due', title: LINES[4] as string, lines: [line], total: 1 }],
      empty: false,
      notices: [],
    });
    const texts = rawTexts({ ...card });
    for (const text of texts) expect(text).not.toMatch(ACTIVE);
    expect(texts.map(shown)).toEqual(expect.arrayContaining([LINES[2], LINES[4], `4.4.5 ${LINES[1]}`]));
  });

  it('leaves text without markdown as it is, and escapes a backslash itself', () => {
    expect(escapeTeamsMarkdown('4.4.5. pasākums — LM, 2024–2025')).toBe('4.4.5. pasākums — LM, 2024–2025');
    expect(escapeTeamsMarkdown('C:\\dati')).toBe('C:\\\\dati');
    expect(escapeTeamsMarkdown('-5 grādi')).toBe('-5 grādi');
  });
});

describe('Teams markdown escaping through the Agents SDK', () => {
  let engine: AnswerEngine;
  let connector: FakeBotConnector;
  let harness: Harness;

  beforeAll(() => {
    engine = loadEngine();
  });

  beforeEach(async () => {
    connector = await new FakeBotConnector().start();
    harness = await startHarness({ engine, db: openMemoryDatabase(), adapters: [startTeams] });
  });

  afterEach(async () => {
    await harness.stop();
    await connector.stop();
    harness.runtime.db.close();
  });

  it('sends a document cell that starts with a dash as text, not as a list', async () => {
    await postJson(`${harness.url}/api/messages`, personalMessage(connector.url, 'Kāds ir 4.4.5 termiņš?'));
    const texts = rawTexts(cardOf(connector.activities()[0]));
    // The plan's result cell starts with a dash: as sent it would render as a bulleted list.
    expect(texts).toContainEqual(expect.stringMatching(/^\\- izstrādāta NPAIS/u));
    expect(texts).toContainEqual(expect.stringContaining('\\(Labklājības ministrija\\)'));
    for (const text of texts) expect(text).not.toMatch(ACTIVE);
  });
});
