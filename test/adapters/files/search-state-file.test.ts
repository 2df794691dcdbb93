import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/adapters/files/knowledge-files.js';
import { readSearchState, writeSearchState } from '../../../src/adapters/files/search-state-file.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';
import { search } from '../../../src/core/search/search.js';

describe('the search state file', () => {
  const knowledge = loadKnowledge();
  const dir = mkdtempSync(join(tmpdir(), 'search-state-'));

  it('gives the same knowledge base as building it afresh', () => {
    const file = writeSearchState(knowledge, join(dir, 'index', 'search.json'));
    const read = readSearchState(knowledge, file);
    if (!('state' in read)) throw new Error(read.problem);
    const loaded = buildKnowledgeBase(knowledge, read.state);
    const built = buildKnowledgeBase(knowledge);
    expect([...loaded.termFrequency]).toEqual([...built.termFrequency]);
    for (const text of ['vardarbība ģimenē', 'VBTAI', 'responsable institution', 'Zālīte-Grosa', '4.4.5.'])
      expect(search(loaded.index, text)).toEqual(search(built.index, text));
  });

  it('is not used when missing, stale or damaged, and says why', () => {
    expect(readSearchState(knowledge, join(dir, 'absent.json'))).toEqual({ problem: expect.stringMatching(/missing/) });
    const file = writeSearchState(knowledge, join(dir, 'stale.json'));
    const other = { ...knowledge, passages: knowledge.passages.slice(1) };
    expect(readSearchState(other, file)).toEqual({ problem: expect.stringMatching(/stale/) });
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 1000));
    expect(readSearchState(knowledge, file)).toEqual({ problem: expect.stringMatching(/not used/) });
  });
});
