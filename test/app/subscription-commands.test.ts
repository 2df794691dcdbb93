import { describe, expect, it } from 'vitest';
import { chat } from './command-harness.js';

describe('digest subscriptions from chat', () => {
  it('subscribes the channel to a group with the defaults, and a second time changes nothing', async () => {
    const c = chat();
    const reply = await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    expect(reply.text.split('\n')).toEqual([
      'Pierakstīts: šis kanāls saņems iknedēļas termiņu kopsavilkumu — 3. darba grupa “NPAIS darba grupa”.',
      'Tvērums: 3. darba grupa “NPAIS darba grupa” ar tās uzdevumiem un tēmām: NPAIS',
      'Laiks: pirmdienās plkst. 09:00 (Rīgas laikā); periods: nākamās 4 nedēļas; valoda: latviešu',
      'Nākamais: 2026-11-30 09:00 (Rīgas laikā)',
    ]);
    expect(await c.services.subscriptions.all()).toMatchObject([
      {
        id: 'slack-c1-grupa-3',
        target: { platform: 'slack', id: 'C1' },
        scope: { groups: ['3'], institutions: [], prefixes: [], documents: [] },
        schedule: { weekday: 1, hour: 9, minute: 0 },
        horizonDays: 28,
        language: 'lv',
        source: 'chat',
        createdBy: 'U1',
      },
    ]);
    expect((await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam')).text).toContain('jau saņem');
    expect(await c.services.subscriptions.all()).toHaveLength(1);
  });

  it('reads the day, time, horizon and language of an English request', async () => {
    const c = chat();
    await c.say('Subscribe this channel to the weekly digest for LM, in English, on Tuesdays at 10:30, 8 weeks ahead');
    expect((await c.services.subscriptions.all())[0]).toMatchObject({
      scope: { institutions: ['LM'] },
      schedule: { weekday: 2, hour: 10, minute: 30 },
      horizonDays: 56,
      language: 'en',
    });
  });

  it('follows a measure-number prefix and a document', async () => {
    const c = chat();
    await c.say('Gribu saņemt kopsavilkumu par 4.4 pasākumiem katru pirmdienu');
    await c.say('subscribe this channel to deadlines of the report');
    expect((await c.services.subscriptions.all()).map((s) => [s.scope.prefixes, s.scope.documents])).toEqual([
      [['4.4'], []],
      [[], ['report']],
    ]);
  });

  it('asks what to follow when the request names nothing', async () => {
    const c = chat();
    const reply = await c.say('Pierakstīt šo kanālu kopsavilkumam');
    expect(reply.found).toBe(false);
    expect(reply.text).toContain('Kam pierakstīt šo kanālu?');
    expect(await c.services.subscriptions.all()).toEqual([]);
  });

  it('shows and changes the channel settings; other channels are not touched', async () => {
    const c = chat();
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    await c.say('Pierakstīt šo kanālu 5. darba grupas kopsavilkumam', { target: { platform: 'slack', id: 'C2' } });
    const changed = await c.say('Mainīt kopsavilkuma laiku uz otrdienām 10:00');
    expect(changed.text).toContain('Laiks: otrdienās plkst. 10:00 (Rīgas laikā)');
    expect((await c.services.subscriptions.get('slack-c1-grupa-3'))?.schedule).toEqual({
      weekday: 2,
      hour: 10,
      minute: 0,
    });
    expect((await c.services.subscriptions.get('slack-c2-grupa-5'))?.schedule).toEqual({
      weekday: 1,
      hour: 9,
      minute: 0,
    });
    const shown = await c.say('Rādīt kopsavilkuma iestatījumus');
    expect(shown.intent).toBe('subscription-show');
    expect(shown.text).toContain('Šis kanāls saņem vienu kopsavilkumu:');
    expect(shown.text).toContain('Nākamais: 2026-11-24 10:00 (Rīgas laikā)');
  });

  it('stops a digest only after the same person confirms in the same conversation', async () => {
    const c = chat();
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    const ask = await c.say('Atrakstīt šo kanālu no kopsavilkuma');
    expect(ask.text).toContain('Vai tiešām pārtraukt šī kanāla kopsavilkumu — 3. darba grupa');
    expect(ask.actions.map((a) => a.command)).toEqual(['apstiprināt bbbbbbbb', 'atcelt bbbbbbbb']);
    expect(await c.services.subscriptions.all()).toHaveLength(1);
    expect((await c.say('apstiprināt bbbbbbbb', { conversation: 'slack:T1:C9' })).text).toContain('citai sarunai');
    expect((await c.say('apstiprināt bbbbbbbb', { user: 'U2' })).text).toContain('tikai tas, kurš');
    expect(await c.services.subscriptions.all()).toHaveLength(1);
    expect((await c.say('apstiprināt bbbbbbbb')).text).toContain('Atrakstīts');
    expect(await c.services.subscriptions.all()).toEqual([]);
    expect((await c.say('apstiprināt bbbbbbbb')).text).toContain('jau ir izmantots');
  });

  it('does nothing on cancel, or after ten minutes', async () => {
    const c = chat();
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    await c.say('Atrakstīt šo kanālu no kopsavilkuma');
    expect((await c.say('atcelt bbbbbbbb')).text).toBe('Atcelts; nekas netika mainīts.');
    await c.say('Atrakstīt šo kanālu no kopsavilkuma');
    c.clock.now = new Date(c.clock.now.getTime() + 11 * 60_000);
    expect((await c.say('apstiprināt cccccccc')).text).toContain('laiks (10 minūtes) ir beidzies');
    expect(await c.services.subscriptions.all()).toHaveLength(1);
  });

  it('never stops a digest the request did not name', async () => {
    const c = chat();
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    const reply = await c.say('atteikties no 5. darba grupas kopsavilkuma');
    expect(reply.text).toBe('Šim kanālam nav tāda kopsavilkuma. Tas saņem: 3. darba grupa “NPAIS darba grupa”.');
    expect(reply.actions).toEqual([]);
  });

  it('replaces the scope in place after confirmation, keeping the schedule', async () => {
    const c = chat();
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam otrdienās 10:00');
    expect((await c.services.subscriptions.all()).map((s) => s.id)).toEqual(['slack-c1-grupa-3']);
    const ask = await c.say('Mainīt kopsavilkuma tvērumu uz 6. apakšgrupu');
    expect(ask.text).toContain('Būs: 6. apakšgrupa');
    await c.say(ask.actions[0]?.command ?? '');
    expect(await c.services.subscriptions.get('slack-c1-grupa-3')).toMatchObject({
      scope: { groups: ['6'] },
      schedule: { weekday: 2, hour: 10, minute: 0 },
    });
  });

  it('lets only ADMIN_USERS change subscriptions when it is set', async () => {
    const c = chat({ adminUsers: 'U9, U8' });
    const refused = await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam');
    expect(refused.found).toBe(false);
    expect(refused.text).toContain('tikai administratori (ADMIN_USERS)');
    expect(await c.services.subscriptions.all()).toEqual([]);
    await c.say('Pierakstīt šo kanālu 3. darba grupas kopsavilkumam', { user: 'U8' });
    expect(await c.services.subscriptions.all()).toHaveLength(1);
  });

  it('previews a digest without posting it', async () => {
    const c = chat();
    const named = await c.say('Parādīt 3. darba grupas kopsavilkumu');
    expect(named.text).toContain('Priekšskatījums (nav nosūtīts):\nTermiņu kopsavilkums: 3. darba grupa');
    expect((await c.say('kopsavilkums tagad')).found).toBe(false);
    await c.say('Pierakstīt šo kanālu LM kopsavilkumam');
    const full = await c.say('kopsavilkums pilnībā');
    expect(full.text).toContain('Nokavēts (termiņš pagājis, izpilde nav atzīmēta) — 40');
    expect(full.text).not.toContain('Rādīti 10 no 40');
    expect(await c.services.local.list(10)).toEqual([]);
    expect(await c.services.ledger.recent('slack-c1-lm', 5)).toEqual([]);
  });
});
