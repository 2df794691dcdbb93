import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../../src/core/understand/split-question.js';

describe('splitting a question that asks two things', () => {
  it('splits at "un" or "and" before a question word', () => {
    expect(splitQuestion('Kas vada 8. darba grupu un līdz kuram datumam jāiesniedz ziņojums par mediāciju?')).toEqual([
      'Kas vada 8. darba grupu?',
      'Līdz kuram datumam jāiesniedz ziņojums par mediāciju?',
    ]);
    expect(splitQuestion('What is the goal of subgroup 7, and which foundation is represented in it?')).toEqual([
      'What is the goal of subgroup 7?',
      'Which foundation is represented in it?',
    ]);
  });

  it('leaves alone an "un" inside a name or a list, and parts too short to stand alone', () => {
    expect(splitQuestion('Kuri pasākumi ir LM un IZM atbildībā?')).toHaveLength(1);
    expect(splitQuestion('Ko dara Metodiskās vadības un analītikas departaments?')).toHaveLength(1);
    expect(splitQuestion('Un kas?')).toHaveLength(1);
  });
});
