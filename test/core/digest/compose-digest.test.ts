import { beforeAll, describe, expect, it } from 'vitest';
import { loadDigestScopes } from '../../../src/adapters/files/digest-scopes-file.js';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { NO_STATUSES, type StatusLookup, type StatusRecord } from '../../../src/core/answer/answer-context.js';
import { type TrackedItem, trackedItems } from '../../../src/core/deadlines/tracked-items.js';
import { composeDigest, type DigestInput } from '../../../src/core/digest/compose-digest.js';
import type { DigestScopes } from '../../../src/core/digest/default-scopes.js';
import { digestText } from '../../../src/core/digest/digest-text.js';
import type { Scope } from '../../../src/core/digest/scope.js';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';

const NOW = new Date('2026-11-23T08:00:00Z');
let kb: KnowledgeBase;
let items: TrackedItem[];
let defaults: DigestScopes;

beforeAll(() => {
  kb = loadEngine().understander.kb;
  items = trackedItems(kb.knowledge);
  defaults = loadDigestScopes();
});

function scope(part: Partial<Scope>): Scope {
  return {
    groups: [],
    institutions: [],
    roles: ['responsible', 'co-responsible'],
    prefixes: [],
    documents: [],
    ...part,
  };
}

function digest(s: Scope, extra: Partial<DigestInput> = {}, language: 'lv' | 'en' = 'lv') {
  return composeDigest({
    kb,
    items,
    statuses: NO_STATUSES,
    defaults,
    subscription: { id: 'test', scope: s, horizonDays: 28, language, mentions: {} },
    now: NOW,
    ...extra,
  });
}

function statuses(marks: Record<string, StatusRecord>): StatusLookup {
  return { latest: (key) => marks[key], history: (key) => (marks[key] ? [marks[key]] : []) };
}

describe('the weekly digest', () => {
  it("gives the NPAIS group its own deadline and its topic's measures, with why and the source", () => {
    const d = digest(scope({ groups: ['3'] }));
    expect(d.period).toBe('2026-W48');
    expect(d.title).toBe('Termiņu kopsavilkums: 3. darba grupa “NPAIS darba grupa”');
    const overdue = d.sections.find((s) => s.kind === 'overdue');
    expect(overdue?.lines.map((l) => l.id)).toEqual(['4.4.3', '4.4.4', '4.4.6', '3. darba grupa']);
    expect(overdue?.lines[0]?.why).toBe('tēma: NPAIS');
    expect(overdue?.lines[3]?.why).toBe('darba grupas termiņš');
    expect(overdue?.lines[0]?.source.locator).toBe('4.4.3. pasākums');
    expect(overdue?.lines[0]?.days).toBe(-692);
    expect(overdue?.lines[0]?.actions.map((a) => a.command)).toEqual([
      'statuss measure:4.4.3 izpildīts',
      'statuss measure:4.4.3 izpilde notiek',
    ]);
    expect(d.empty).toBe(false);
  });

  it('moves an item marked done in the last week to "recently done", with who marked it', () => {
    const marks = statuses({ 'measure:4.4.3': { status: 'done', by: 'Anna', at: '2026-11-20T10:00:00.000Z' } });
    const d = digest(scope({ groups: ['3'] }), { statuses: marks });
    expect(d.sections.find((s) => s.kind === 'overdue')?.total).toBe(3);
    const done = d.sections.find((s) => s.kind === 'done');
    expect(done?.lines.map((l) => l.id)).toEqual(['4.4.3']);
    expect(done?.lines[0]?.status).toBe('izpildīts (atzīmēja Anna, 2026. gada 20. novembris)');
  });

  it("follows VBTAI's items under its successor BAC, saying so", () => {
    const d = digest(scope({ institutions: ['BAC'], roles: ['responsible'] }));
    const overdue = d.sections.find((s) => s.kind === 'overdue');
    expect(overdue?.total).toBe(9);
    expect(overdue?.lines[0]).toMatchObject({ id: '2.1.3', why: 'atbildīgā: VBTAI (tagad BAC)' });
  });

  it('caps the overdue section at ten, says how many more, and shows all in full', () => {
    const capped = digest(scope({ institutions: ['LM'] }));
    const overdue = capped.sections.find((s) => s.kind === 'overdue');
    expect(overdue?.lines).toHaveLength(10);
    expect(overdue?.total).toBe(40);
    expect(overdue?.more).toContain('Rādīti 10 no 40');
    const full = digest(scope({ institutions: ['LM'] }), { full: true });
    expect(full.sections.find((s) => s.kind === 'overdue')?.lines).toHaveLength(40);
  });

  it('says in one line when nothing is due', () => {
    const d = digest(scope({ prefixes: ['9.9'] }));
    expect(d.empty).toBe(true);
    expect(d.sections).toHaveLength(0);
    expect(d.intro).toContain('Nekas nav nokavēts');
  });

  it('reads in English with every part of a line in the text form', () => {
    const d = digest(
      scope({ groups: ['3'] }),
      { notices: ['The previous digest (2026-W47) could not be posted'] },
      'en',
    );
    const text = digestText(d);
    expect(text).toContain('Deadline digest: working group 3 “NPAIS darba grupa”');
    expect(text).toContain('⚠ The previous digest (2026-W47) could not be posted');
    expect(text).toContain('• 4.4.3 Veikti grozījumi tiesību aktos NPAIS pielāgošanai — LM (Ministry of Welfare');
    expect(text).toContain('2nd half of 2024, 692 days overdue · topic: NPAIS · Source: Plan 2022–2025, measure 4.4.3');
  });
});
