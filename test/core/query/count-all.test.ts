import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/adapters/files/knowledge-files.js';
import { useEngine } from '../answer/ask-engine.js';

const ask = useEngine();
const knowledge = loadKnowledge();
const countOf = (text: string) => Number(/(?:Atrast\p{L}*|Found) (\d+)/u.exec(text)?.[1] ?? Number.NaN);

describe('counting a kind of item', () => {
  it('counts all the items of a named document when nothing else narrows them', () => {
    const tasks = ask('How many tasks does the report have?');
    expect(countOf(tasks.text)).toBe(knowledge.reportTasks.length);
    expect(tasks.text).toContain('in the report on violence in schools');
    const activities = ask('Cik pasākumu ir valsts programmā?');
    expect(countOf(activities.text)).toBe(knowledge.activities.length);
  });

  it('counts the measures with an empty co-responsible cell', () => {
    const empty = knowledge.measures.filter((m) => m.coResponsible.length === 0).length;
    expect(countOf(ask('How many of the plan measures have no co-responsible institution?').text)).toBe(empty);
  });

  it('does not read an abbreviation as the counted noun, nor "5 action directions" as direction 5', () => {
    const iem = knowledge.measures.filter((m) => m.coResponsible.some((c) => c.institution === 'IeM')).length;
    const reply = ask('Cik plāna pasākumos IeM ir līdzatbildīgā?');
    expect(reply.intent).toBe('list');
    expect(countOf(reply.text)).toBe(iem);
    expect(ask('Which of the 6 action directions is about violence?').subjects).not.toContainEqual({
      kind: 'direction',
      id: '6',
    });
  });

  it('answers a count of none as none, and reads "no 13 ziņojuma uzdevumiem" as a count', () => {
    const none = ask('Cik pasākumos VM ir atbildīgā?');
    expect(none.intent).toBe('list');
    expect(none.all).toMatch(/Kopā: 0/u);
    const lm = knowledge.reportTasks.filter((t) => t.responsible.some((r) => r.institution === 'LM')).length;
    const reply = ask('Cik no 13 ziņojuma uzdevumiem ir LM atbildībā?');
    expect(reply.intent).toBe('list');
    expect(countOf(reply.text)).toBe(lm);
  });
});
