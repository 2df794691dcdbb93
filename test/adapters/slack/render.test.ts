/** Block Kit rendering against Slack's limits and its escaping rules, on replies far larger than real ones. */
import { describe, expect, it } from 'vitest';
import { decodeRef, encodeRef } from '../../../src/adapters/slack/action-values.js';
import { textChars } from '../../../src/adapters/slack/block-kit.js';
import { mention } from '../../../src/adapters/slack/render-digest.js';
import { renderReply } from '../../../src/adapters/slack/render-reply.js';
import type { Reply } from '../../../src/core/answer/reply.js';

const HUGE = 'Garš teksts <!channel> @here & <@U0001> '.repeat(300);

function hugeReply(): Reply {
  return {
    intent: 'list',
    language: 'lv',
    found: true,
    text: `${HUGE}\n${HUGE}`,
    facts: Array.from({ length: 25 }, (_, i) => ({ label: `Fakts ${i}`, value: HUGE })),
    items: Array.from({ length: 120 }, (_, i) => ({ id: `${i + 1}`, title: HUGE.slice(0, 400), detail: 'LM' })),
    sources: Array.from({ length: 20 }, (_, i) => ({
      document: 'plan' as const,
      title: 'Plāns 2022–2025',
      locator: `${i}. pasākums`,
      quote: HUGE,
    })),
    suggestions: Array.from({ length: 8 }, (_, i) => `Ieteikums ${i} ${'ļoti gari vārdi '.repeat(10)}`),
    actions: [{ label: 'Apstiprināt', command: 'jā' }],
    subjects: [],
  };
}

interface Node {
  [key: string]: unknown;
}

function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const v of value) nodes(v, out);
  else if (value && typeof value === 'object') {
    const node = Object.fromEntries(Object.entries(value));
    out.push(node);
    for (const v of Object.values(node)) nodes(v, out);
  }
  return out;
}

const ref = { answerId: 'abc123', question: 'Par ko atbild LM?', mode: 'private' as const, page: 0, quotes: true };

describe('renderReply', () => {
  it('keeps within Block Kit limits however large the reply', () => {
    const { text, blocks } = renderReply(hugeReply(), ref);
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const node of nodes(blocks)) {
      if (node.type === 'section' && node.text)
        expect(Array.from(String((node.text as Node).text)).length).toBeLessThanOrEqual(3000); // why: a section's text object
      if (Array.isArray(node.fields)) expect(node.fields.length).toBeLessThanOrEqual(10);
      if (node.type === 'context') expect((node.elements as unknown[]).length).toBeLessThanOrEqual(10); // why: a context block has elements
      if (node.type === 'actions') expect((node.elements as unknown[]).length).toBeLessThanOrEqual(25); // why: an actions block has elements
      if (node.type === 'button') {
        expect(Array.from(String((node.text as Node).text)).length).toBeLessThanOrEqual(75); // why: a button's text object
        expect(String(node.value).length).toBeLessThanOrEqual(2000);
      }
    }
    const fields = nodes(blocks).filter((n) => n.type === 'mrkdwn' && String(n.text).startsWith('*Fakts'));
    for (const f of fields) expect(Array.from(String(f.text)).length).toBeLessThanOrEqual(2000);
    expect(textChars(blocks)).toBeLessThanOrEqual(12_000);
  });

  it('escapes all answer text: no mention, broadcast or link markup survives', () => {
    const out = JSON.stringify(renderReply(hugeReply(), ref));
    expect(out).not.toContain('<!');
    expect(out).not.toContain('<@');
    expect(out).not.toMatch(/@here|@channel/u);
    expect(out).toContain('&lt;!channel&gt;');
  });

  it('keeps the whole footer (sources, buttons) when the body is cut', () => {
    const { blocks } = renderReply(hugeReply(), { ...ref, quotes: false });
    const actionIds = nodes(blocks).flatMap((n) => (typeof n.action_id === 'string' ? [n.action_id] : []));
    expect(actionIds).toEqual(
      expect.arrayContaining(['page_next', 'feedback_up', 'feedback_down', 'show_source', 'publish']),
    );
    expect(JSON.stringify(blocks)).toContain('Atbilde ir saīsināta');
  });
});

describe('button values', () => {
  it('round-trip an answer reference and refuse anything else', () => {
    expect(decodeRef(encodeRef(ref))).toEqual(ref);
    expect(decodeRef('{"a":"zz","q":"x","m":"thread","p":0,"s":false}')).toBeUndefined();
    expect(decodeRef('not json')).toBeUndefined();
    expect(decodeRef(undefined)).toBeUndefined();
  });

  it('fit in 2000 characters whatever the question', () => {
    const value = encodeRef({ ...ref, question: '"\\'.repeat(3000) });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(decodeRef(value)).toBeDefined();
  });
});

describe('digest mentions', () => {
  it('mention people and groups, and show anything else as text', () => {
    expect(mention('U0000AB')).toBe('<@U0000AB>');
    expect(mention('<@W0000AB>')).toBe('<@W0000AB>');
    expect(mention('S0000LM')).toBe('<!subteam^S0000LM>');
    expect(mention('<!subteam^S0000LM|lm>')).toBe('<!subteam^S0000LM>');
    expect(mention('<!channel>')).toBe('&lt;!channel&gt;');
    expect(mention('@here')).not.toContain('@here');
  });
});
