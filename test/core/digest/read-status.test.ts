import { describe, expect, it } from 'vitest';
import { readStatus } from '../../../src/core/digest/read-status.js';

describe('reading the status a command sets', () => {
  it.each([
    ['4.4.5 izpildīts', { status: 'done' }],
    ['atzīmēt 4.4.5 kā izpildītu', { status: 'done' }],
    ['4.4.6 izpilde notiek', { status: 'in-progress' }],
    ['atzīmē 2.1.6 kā procesā', { status: 'in-progress' }],
    ['2.4.1 nav uzsākts', { status: 'not-started' }],
    ['4.4.5 nav izpildits', { status: 'not-started' }],
    ['mark 4.4.5 done', { status: 'done' }],
    ['mark task 3 as in progress', { status: 'in-progress' }],
    ['set 2.4.1 to not started', { status: 'not-started' }],
    ['statuss measure:4.4.5 izpilde notiek', { status: 'in-progress' }],
    ['4.4.3 izpildīts, jo grozījumi pieņemti', { status: 'done', note: 'grozījumi pieņemti' }],
    ['mark 4.4.5 done because the system is live.', { status: 'done', note: 'the system is live' }],
    ['iestatīt 5. uzdevuma statusu: izpilde notiek', { status: 'in-progress' }],
  ])('%s', (text, expected) => {
    expect(readStatus(text)).toEqual(expected);
  });

  it('finds no status in a command without one', () => {
    expect(readStatus('atzīmēt 4.4.5')).toBeUndefined();
    expect(readStatus('mark 4.4.5')).toBeUndefined();
  });
});
