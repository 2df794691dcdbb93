import { describe, expect, it } from 'vitest';
import { replyText } from '../../src/core/answer/reply.js';
import { chat } from './command-harness.js';

describe('marking statuses from chat', () => {
  it('stores a mark with who and when, and answers and history read it back', async () => {
    const c = chat();
    const saved = await c.say('4.4.5 izpildīts');
    expect(saved.intent).toBe('status-set');
    expect(saved.text).toBe(
      'Saglabāts: 4.4.5 “NPAIS izstrāde, testēšana un ieviešana” — izpildīts (atzīmēja Anna Bērziņa (U1), 2026. gada 23. novembris).',
    );
    expect(saved.facts).toEqual([{ label: 'Iepriekš', value: 'tērzēšanā nebija atzīmēts' }]);
    expect(await c.services.statuses.latest('measure:4.4.5')).toEqual({
      status: 'done',
      by: 'Anna Bērziņa (U1)',
      at: '2026-11-23T08:00:00.000Z',
    });
    const asked = await c.say('Vai 4.4.5 ir izpildīts?', { conversation: 'slack:T1:C2' });
    expect(asked.intent).toBe('status');
    expect(replyText(asked)).toContain('Statuss: izpildīts — atzīmēja Anna Bērziņa (U1) 2026. gada 23. novembrī.');
    c.clock.now = new Date('2026-11-24T09:30:00Z');
    await c.say('4.4.5 izpilde notiek, jo testi vēl notiek', { user: 'U2' });
    const history = await c.say('Kas mainīja 4.4.5 statusu?');
    expect(history.intent).toBe('status-history');
    expect(history.items.map((i) => i.title)).toEqual([
      '2026. gada 23. novembris 08:00 UTC — izpildīts; mainīja Anna Bērziņa (U1)',
      '2026. gada 24. novembris 09:30 UTC — izpilde notiek (testi vēl notiek); mainīja Anna Bērziņa (U2)',
    ]);
  });

  it('lets only ADMIN_USERS mark when the list is set, refusing others in their language', async () => {
    const c = chat({ adminUsers: 'U1' });
    expect((await c.say('4.4.5 izpildīts', { user: 'U2' })).text).toContain(
      'Statusus šeit var mainīt tikai administratori',
    );
    expect((await c.say('mark 4.4.5 done', { user: 'U2' })).text).toContain('Only the administrators (ADMIN_USERS)');
    expect(await c.services.statuses.latest('measure:4.4.5')).toBeUndefined();
    await c.say('4.4.5 izpildīts', { user: 'U1' });
    expect((await c.services.statuses.latest('measure:4.4.5'))?.status).toBe('done');
  });

  it('never marks anything when the status is asked as a question', async () => {
    const c = chat();
    for (const q of ['Vai 4.4.5 ir izpildīts?', 'Is 4.4.5 done?', 'Has task 3 been completed?']) {
      expect((await c.say(q)).intent).not.toBe('status-set');
    }
    expect(await c.services.statuses.changedSince('2000-01-01')).toEqual([]);
  });

  it('marks a report task in English, keeps the note, and says what it was before', async () => {
    const c = chat();
    await c.say('mark task 3 in progress because the draft is with the ministry');
    const done = await c.say('3. uzdevums izpildīts, jo noteikumi pieņemti');
    expect(done.text).toMatch(/^Saglabāts: 3\. uzdevums “Izstrādāti jauni Ministru kabineta noteikumi/u);
    expect(done.facts[0]?.value).toBe(
      'izpilde notiek — the draft is with the ministry (atzīmēja Anna Bērziņa (U1), 2026. gada 23. novembris)',
    );
    expect((await c.services.statuses.history('report-task:3')).map((r) => [r.status, r.note])).toEqual([
      ['in-progress', 'the draft is with the ministry'],
      ['done', 'noteikumi pieņemti'],
    ]);
  });

  it('marks the conversation subject ("mark it done") and follow-ups continue from the marked item', async () => {
    const c = chat();
    await c.say('Kas atbild par 4.4.6?');
    expect((await c.say('atzīmē to kā izpildītu')).text).toMatch(/^Saglabāts: 4\.4\.6 /u);
    expect((await c.say('Un kāds ir termiņš?')).text).toContain('4.4.6');
  });

  it('saves nothing for an item that does not exist, and says so', async () => {
    const c = chat();
    const reply = await c.say('4.4.99 izpildīts');
    expect(reply.found).toBe(false);
    expect(reply.text).toContain('Nevar atzīmēt “4.4.99”');
    expect(await c.services.statuses.history('measure:4.4.99')).toEqual([]);
  });

  it('asks which status with a button for each, and a button press marks it', async () => {
    const c = chat();
    const ask = await c.say('atzīmēt 4.4.6');
    expect(ask.actions.map((a) => a.command)).toEqual([
      'statuss measure:4.4.6 izpildīts',
      'statuss measure:4.4.6 izpilde notiek',
      'statuss measure:4.4.6 nav uzsākts',
    ]);
    await c.say(ask.actions[1]?.command ?? '');
    expect((await c.services.statuses.latest('measure:4.4.6'))?.status).toBe('in-progress');
  });

  it('writes nothing twice when the same mark is repeated', async () => {
    const c = chat();
    await c.say('mark 4.4.5 done');
    const again = await c.say('mark 4.4.5 done');
    expect(again.text).toContain('is already marked');
    expect(await c.services.statuses.history('measure:4.4.5')).toHaveLength(1);
  });

  it('puts a mark from chat into the next digest: overdue before, recently done after, with the note', async () => {
    const c = chat();
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    const [sub] = await c.services.subscriptions.all();
    if (!sub) throw new Error('no subscription');
    const before = await c.services.compose(sub, c.clock.now, '2026-W48', []);
    const overdue = (d: typeof before) => d.sections.find((s) => s.kind === 'overdue')?.lines.map((l) => l.id) ?? [];
    expect(overdue(before)).toContain('4.4.3');
    await c.say('4.4.3 izpildīts, jo grozījumi pieņemti');
    c.clock.now = new Date('2026-11-30T07:00:00Z');
    const after = await c.services.compose(sub, c.clock.now, '2026-W49', []);
    expect(overdue(after)).not.toContain('4.4.3');
    const done = after.sections.find((s) => s.kind === 'done')?.lines.find((l) => l.id === '4.4.3');
    expect(done?.status).toContain('izpildīts — grozījumi pieņemti');
    expect(done?.status).toContain('Anna Bērziņa (U1)');
  });
});
