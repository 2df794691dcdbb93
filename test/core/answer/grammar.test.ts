import { describe, expect, it } from 'vitest';
import { counted, NOUNS, takesSingular } from '../../../src/core/answer/grammar.js';

describe('number agreement', () => {
  it('takes the Latvian singular after 1, 21, 101 but not after 11 or 111', () => {
    expect([1, 21, 101, 31].map((n) => takesSingular(n, 'lv'))).toEqual([true, true, true, true]);
    expect([0, 2, 11, 12, 111, 20].map((n) => takesSingular(n, 'lv'))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('writes counted nouns in both languages', () => {
    expect(counted(1, NOUNS.measure.lv, 'lv')).toBe('1 plāna pasākums');
    expect(counted(2, NOUNS.measure.lv, 'lv')).toBe('2 plāna pasākumi');
    expect(counted(21, NOUNS.reportTask.lv, 'lv')).toBe('21 ziņojuma uzdevums');
    expect(counted(11, NOUNS.member.lv, 'lv')).toBe('11 locekļi');
    expect(counted(1, NOUNS.group.lv, 'lv')).toBe('1 darba grupā');
    expect(counted(1, NOUNS.activity.en, 'en')).toBe('1 state programme activity');
    expect(counted(21, NOUNS.activity.en, 'en')).toBe('21 state programme activities');
  });
});
