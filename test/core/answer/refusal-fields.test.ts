import { describe, expect, it } from 'vitest';
import { useEngine } from './ask-engine.js';

const ask = useEngine();

describe('a field the documents do not give, asked of something they have', () => {
  it('says the plan gives no funding for a measure, found false, but not when the id is also an activity', () => {
    const plan = ask('Kāds ir 4.4.5. pasākuma budžets?');
    expect(plan.found).toBe(false);
    expect(plan.all).toMatch(/Plāns pasākumu finansējumu nenorāda/u);
    const shared = ask('Cik naudas paredzēts 2.1.6. pasākumam?');
    expect(shared.found).toBe(true);
    expect(shared.all).toMatch(/euro/u);
  });

  it('does not take a funding word in a measure title for a funding question', () => {
    const reply = ask('Kuras institūcijas ir līdzatbildīgās 5.1.1. pasākumā (mācības no valsts budžeta līdzekļiem)?');
    expect(reply.found).toBe(true);
    expect(reply.intent).toBe('co-responsible');
  });

  it('gives no other body’s phone for an institution whose phone the documents do not give', () => {
    const vm = ask('What is the phone number of the Ministry of Health?');
    expect(vm.found).toBe(false);
    expect(vm.all).not.toContain('116111');
    expect(ask('What is the website of the Children’s Protection Centre (BAC)?').all).toContain('bac.gov.lv');
  });

  it('answers a leader’s e-mail question with the leader, found false', () => {
    const reply = ask('Kāds ir 6. apakšgrupas vadītāja e-pasts?');
    expect(reply.found).toBe(false);
    expect(reply.all).toMatch(/nenorāda/u);
  });
});
