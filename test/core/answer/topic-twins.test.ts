import { describe, expect, it } from 'vitest';
import { useEngine } from './ask-engine.js';

const ask = useEngine();
const locators = (reply: { sources: { locator: string }[] }) => reply.sources.map((s) => s.locator);

describe('an item named by its topic', () => {
  it('answers both items the words match alike, each with its own cells', () => {
    const reply = ask('Who runs the Nurse-Family Partnership programme?');
    expect(reply.found).toBe(true);
    expect(locators(reply)).toEqual(expect.arrayContaining(['measure 1.2.1', 'measure 1.2.2']));
    // Both measures have PKC responsible: the second one's cell is not dropped as said before.
    expect(reply.all.match(/Responsible: PKC/gu)?.length).toBe(2);
  });

  it('prefers items whose title is the phrase asked over a long text that uses its words in passing', () => {
    const reply = ask('Kura iestāde atbild par programmām bērniem ar psihomotoriem un psihosociāliem traucējumiem?');
    expect(locators(reply)).toEqual(expect.arrayContaining(['1.2.5. pasākums', '1.2.6. pasākums']));
    expect(locators(reply)).not.toContain('13. uzdevums');
  });
});
