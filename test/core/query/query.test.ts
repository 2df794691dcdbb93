import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { execute } from '../../../src/core/query/execute.js';
import { parseQuery } from '../../../src/core/understand/parse-query.js';
import { understand } from '../../../src/core/understand/understand.js';

let engine: AnswerEngine;
beforeAll(() => {
  engine = loadEngine();
});

const TODAY = '2026-12-01';
const noChat = () => undefined;

function run(question: string) {
  const u = understand(question, engine.understander, TODAY, false);
  const query = parseQuery(u);
  const kb = engine.understander.kb;
  return { query, result: execute(query, kb.knowledge, noChat, TODAY), kb };
}

describe('list questions as a Query', () => {
  it('"LM un IZM … kopā" keeps only measures both are responsible for', () => {
    const { query, result, kb } = run('Kuros plāna pasākumos LM un IZM abas kopā ir atbildīgās institūcijas?');
    expect(query.combine).toBe('all');
    const expected = kb.knowledge.measures.filter(
      (m) =>
        m.id && m.responsible.some((p) => p.institution === 'LM') && m.responsible.some((p) => p.institution === 'IZM'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(result.measures.map((m) => m.id)).toEqual(expected.map((m) => m.id));
  });

  it('"tikai IZM" excludes tasks IZM shares with another responsible institution', () => {
    const { query, result } = run('Kuri ziņojuma uzdevumi ir tikai IZM atbildībā?');
    expect(query.only).toBe(true);
    expect(result.reportTasks.map((t) => t.number)).toEqual([2, 4, 6, 10]);
  });

  it('"līdzatbildīgā, nevis atbildīgā" reads the negated role', () => {
    const { query, result } = run(
      'Kuros plāna pasākumos Tieslietu ministrija ir tikai līdzatbildīgā, nevis atbildīgā?',
    );
    expect(query.institutions).toEqual([
      { id: 'TM', role: 'coResponsible', negated: false },
      { id: 'TM', role: 'responsible', negated: true },
    ]);
    const ids = result.measures.map((m) => m.id);
    expect(ids).toContain('2.3.1');
    expect(ids).not.toContain('3.1.2');
    for (const m of result.measures) expect(m.responsible.some((p) => p.institution === 'TM')).toBe(false);
  });

  it('"VM nav starp līdzatbildīgajām" negates the institution next to it', () => {
    const { query, result } = run('Kuriem 1. rīcības virziena pasākumiem VM nav starp līdzatbildīgajām institūcijām?');
    expect(query.institutions[0]).toMatchObject({ id: 'VM', negated: true });
    expect(result.measures.length).toBeGreaterThan(0);
    for (const m of result.measures) {
      expect(m.direction).toBe(1);
      expect(m.coResponsible.some((p) => p.institution === 'VM')).toBe(false);
    }
  });

  it('"vēl nav izpildīti" lists the report tasks still under way, not the plan', () => {
    const { result } = run('Kuri ziņojuma uzdevumi vēl nav izpildīti?');
    expect(result.measures).toHaveLength(0);
    expect(result.reportTasks.length).toBe(8);
    for (const t of result.reportTasks) expect(t.status).toBe('ongoing');
  });

  it('the largest funding keeps every activity of a tie', () => {
    const { query, result } = run('Kurai aktivitātei ir lielākais finansējums?');
    expect(query.select).toBe('max');
    expect(result.activities.map((a) => a.id).sort()).toEqual(['2.1.6', '2.2.4']);
    expect(result.activities.every((a) => a.funding.amount === 50_000)).toBe(true);
  });

  it('a sum adds the activities the ministry provides', () => {
    const { query, result, kb } = run('How much do the state programme activities provided by LM add up to?');
    expect(query.select).toBe('sum');
    const expected = kb.knowledge.activities
      .filter((a) => a.runBy.institution === 'LM')
      .reduce((s, a) => s + a.funding.amount, 0);
    expect(result.sum).toBe(expected);
  });

  it('"jāizpilda 2023. gada 1. pusgadā" means a deadline in it, and the 2026 programme is not due then', () => {
    const { query, result } = run('Kuri pasākumi jāizpilda 2023. gada 1. pusgadā?');
    expect(query.period?.meaning).toBe('due');
    expect(result.activities).toHaveLength(0);
    for (const m of result.measures) expect(m.deadline.raw).toMatch(/2023/);
  });

  it('an amount asks for the activities with that funding', () => {
    const { result } = run('Kuriem pasākumiem finansējums ir 30 000 euro?');
    expect(result.activities.map((a) => a.id)).toEqual(['2.1.3', '2.1.4']);
    expect(result.measures).toHaveLength(0);
  });
});
