/**
 * /jautat and button clicks, end to end: signed slash commands and block_actions payloads POSTed to
 * /slack/events, private answers and redraws observed at the fake's response URLs, posts at its Web API.
 */
import { describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../../src/adapters/store/feedback-store.js';
import type { Message } from '../../../src/app/handle-message.js';
import type { SlackCall } from '../../fakes/fake-slack-api.js';
import { buttonIn, type Harness, postToSlackEvents, shownText, useHarness } from './harness.js';
import { buttonClick, directMessage, mention, slashCommand } from './payloads.js';

const harness = useHarness();

function button(call: SlackCall, actionId: string): string {
  const found = buttonIn(call, actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(call.params.blocks)}`);
  return found.value;
}

function click(
  s: Harness,
  actionId: string,
  value: string,
  where: { id: string; ephemeral?: boolean; threadTs?: string; messageTs?: string; channel?: string },
) {
  const body = buttonClick({ actionId, value, responseUrl: s.fake.responseUrl(where.id), ...where });
  return postToSlackEvents(s, body, { form: true });
}

const toResponse = (s: Harness, id: string) => s.fake.waitForCall('response_url', (c) => c.path.endsWith(`/${id}`));

describe('/jautat', () => {
  it('answers privately, and "post to channel" posts the answer to the channel', async () => {
    const s = await harness();
    const ack = await postToSlackEvents(
      s,
      slashCommand('Kas ir atbildīgs par 4.4.5. pasākumu?', s.fake.responseUrl('cmd1')),
      { form: true },
    );
    expect(ack.status).toBe(200);
    const answer = await toResponse(s, 'cmd1');
    expect(answer.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(shownText(answer)).toContain('LM (Labklājības ministrija)');
    expect(shownText(answer)).toContain('Jautājums');
    expect(buttonIn(answer, 'publish')?.text).toContain('Publicēt kanālā');

    await click(s, 'publish', button(answer, 'publish'), { id: 'pub1', ephemeral: true });
    const posted = await s.fake.waitForCall('chat.postMessage');
    expect(posted.params.channel).toBe('C0000');
    expect(shownText(posted)).toContain('LM (Labklājības ministrija)');
    expect(shownText(posted)).toContain('Kas ir atbildīgs par 4.4.5. pasākumu?');
    expect(buttonIn(posted, 'publish')).toBeUndefined();
    const done = await toResponse(s, 'pub1');
    expect(done.params).toMatchObject({ replace_original: true });
  });

  it('acknowledges the command before answering it', async () => {
    const s = await harness();
    let release!: () => void;
    s.fake.hold('response_url', new Promise<void>((resolve) => (release = resolve)));
    const ack = await postToSlackEvents(s, slashCommand('Ko nozīmē VBTAI?', s.fake.responseUrl('cmd0')), {
      form: true,
    });
    expect(ack.status).toBe(200);
    release();
    await toResponse(s, 'cmd0');
  });

  it('quotes the question back escaped', async () => {
    const s = await harness();
    await postToSlackEvents(
      s,
      slashCommand('<!channel> <@U0001> &lt;b&gt; Ko nozīmē VBTAI?', s.fake.responseUrl('cmd2')),
      { form: true },
    );
    const answer = await toResponse(s, 'cmd2');
    const shown = shownText(answer);
    expect(shown).toContain('&lt;!channel&gt; &lt;@U0001&gt; &lt;b&gt; Ko nozīmē VBTAI?');
    expect(JSON.stringify(answer.params)).not.toMatch(/<!|<@|@channel/u);
  });

  it('tells the user when the bot cannot post in the channel', async () => {
    const s = await harness();
    await postToSlackEvents(s, slashCommand('Ko nozīmē VBTAI?', s.fake.responseUrl('cmd3')), { form: true });
    const answer = await toResponse(s, 'cmd3');
    s.fake.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await click(s, 'publish', button(answer, 'publish'), { id: 'pub3', ephemeral: true });
    const notice = await toResponse(s, 'pub3');
    expect(String(notice.params.text)).toContain('/invite');
  });
});

describe('buttons on answers', () => {
  async function askInThread(s: Harness, text = '<@U0BOT> Kas ir atbildīgs par 4.4.5. pasākumu?'): Promise<SlackCall> {
    await postToSlackEvents(s, mention({ eventId: `Ev-${text.length}`, ts: '1700000100.000200', text }));
    return s.fake.waitForCall('chat.postMessage');
  }

  it('stores 👍 with the question, the answer, the intent and the user', async () => {
    const s = await harness();
    const answer = await askInThread(s);
    await click(s, 'feedback_up', button(answer, 'feedback_up'), {
      id: 'fb1',
      messageTs: '1700000900.001000',
      threadTs: '1700000100.000200',
    });
    const thanks = await toResponse(s, 'fb1');
    expect(thanks.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const [stored] = await new FeedbackStore(s.runtime.db).all();
    expect(stored).toMatchObject({
      platform: 'slack',
      conversation: 'slack:T0000:C0000:1700000100.000200',
      userId: 'U0000',
      rating: 'up',
      question: 'Kas ir atbildīgs par 4.4.5. pasākumu?',
      intent: 'responsible',
    });
    expect(stored?.answer).toContain('LM (Labklājības ministrija)');
  });

  it('asks a follow-up suggestion in the same thread', async () => {
    const s = await harness();
    const answer = await askInThread(s);
    const suggestion = button(answer, 'suggest_0');
    await click(s, 'suggest_0', suggestion, {
      id: 'sg1',
      messageTs: '1700000900.001000',
      threadTs: '1700000100.000200',
    });
    await s.fake.waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'the suggestion answered');
    const [, second] = s.fake.callsTo('chat.postMessage');
    expect(second?.params.thread_ts).toBe('1700000100.000200');
    expect(second?.params.channel).toBe('C0000');
    expect(second?.params.text).not.toEqual(answer.params.text);
  });

  it('reveals the quoted source cells', async () => {
    const s = await harness();
    const answer = await askInThread(s);
    await click(s, 'show_source', button(answer, 'show_source'), {
      id: 'src1',
      messageTs: '1700000900.001000',
      threadTs: '1700000100.000200',
    });
    const redrawn = await s.fake.waitForCall('chat.update');
    expect(redrawn.params).toMatchObject({ channel: 'C0000', ts: '1700000900.001000' });
    expect(s.fake.callsTo('response_url')).toHaveLength(0);
    expect(shownText(redrawn)).toContain('*Plāns 2022–2025, 4.4.5. pasākums*\n>LM');
    expect(buttonIn(redrawn, 'show_source')).toBeUndefined();
  });

  it('pages through a long list', async () => {
    const s = await harness();
    await postToSlackEvents(s, directMessage({ eventId: 'EvLIST', text: 'Par ko atbild LM?' }));
    const first = await s.fake.waitForCall('chat.postMessage');
    expect(shownText(first)).toContain('1.–10. no 52');
    expect(shownText(first)).toContain('2.1.2');
    expect(shownText(first)).not.toContain('2.4.5');
    expect(buttonIn(first, 'page_previous')).toBeUndefined();
    await click(s, 'page_next', button(first, 'page_next'), {
      id: 'pg1',
      messageTs: '1700000901.000000',
      channel: 'D0000',
    });
    const second = await s.fake.waitForCall('chat.update');
    expect(second.params).toMatchObject({ channel: 'D0000', ts: '1700000901.000000' });
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(shownText(second)).toContain('11.–20. no 52');
    expect(shownText(second)).toContain('2.4.5');
    expect(buttonIn(second, 'page_previous')?.text).toContain('Iepriekšējie');
  });

  it('pages a private answer in place through its response URL', async () => {
    const s = await harness();
    await postToSlackEvents(s, slashCommand('Par ko atbild LM?', s.fake.responseUrl('lst')), { form: true });
    const first = await toResponse(s, 'lst');
    await click(s, 'page_next', button(first, 'page_next'), { id: 'lst2', ephemeral: true });
    const second = await toResponse(s, 'lst2');
    expect(second.params.replace_original).toBe(true);
    expect(shownText(second)).toContain('11.–20. no 52');
    expect(s.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it('sends a reply action back through the message handler as the same user, in the same conversation', async () => {
    const s = await harness();
    const seen: Message[] = [];
    s.runtime.handle.commands = async (message, answered) => {
      seen.push(message);
      if (!message.text.includes('abonēt')) return undefined;
      const actions = [{ label: 'Apstiprināt', command: 'apstiprināt abonementu', style: 'primary' as const }];
      return { ...answered.reply, text: 'Abonēt šo kanālu?', actions };
    };
    const answer = await askInThread(s, '<@U0BOT> abonēt šo kanālu');
    await click(s, 'command_0', button(answer, 'command_0'), {
      id: 'cmd',
      messageTs: '1700000900.001000',
      threadTs: '1700000100.000200',
    });
    await s.fake.waitFor(() => seen.length === 2, 'the command sent back');
    expect(seen[1]).toMatchObject({
      text: 'apstiprināt abonementu',
      conversation: seen[0]?.conversation,
      user: { id: 'U0000' },
      target: { platform: 'slack', id: 'C0000' },
    });
  });

  describe('confirm and cancel', () => {
    const TOKEN = 'bcdfghjk';
    /** A command port that asks for confirmation, then reports the outcome: the reply the click brings. */
    function confirming(s: Harness): void {
      s.runtime.handle.commands = async (message, answered) => {
        if (message.text.includes('pārtraukt')) {
          const actions = [
            { label: 'Apstiprināt', command: `apstiprināt ${TOKEN}`, style: 'primary' as const },
            { label: 'Atcelt', command: `atcelt ${TOKEN}` },
          ];
          return { ...answered.reply, text: 'Vai tiešām pārtraukt šī kanāla kopsavilkumu?', actions };
        }
        if (message.text.includes(TOKEN)) {
          const text = message.text.startsWith('atcelt') ? 'Atcelts.' : 'Kopsavilkums pārtraukts.';
          return { ...answered.reply, text, actions: [], suggestions: [], items: [], facts: [], sources: [] };
        }
        return undefined;
      };
    }

    it('replaces the asking message with the outcome (chat.update), its buttons gone', async () => {
      const s = await harness();
      confirming(s);
      const asked = await askInThread(s, '<@U0BOT> pārtraukt kopsavilkumu');
      expect(buttonIn(asked, 'command_0')?.text).toContain('Apstiprināt');
      await click(s, 'command_0', button(asked, 'command_0'), {
        id: 'ok1',
        messageTs: '1700000900.001000',
        threadTs: '1700000100.000200',
      });
      const updated = await s.fake.waitForCall('chat.update');
      expect(updated.params).toMatchObject({ channel: 'C0000', ts: '1700000900.001000' });
      expect(shownText(updated)).toContain('Kopsavilkums pārtraukts.');
      expect(buttonIn(updated, 'command_0')).toBeUndefined();
      expect(buttonIn(updated, 'command_1')).toBeUndefined();
      expect(s.fake.callsTo('chat.postMessage')).toHaveLength(1);
    });

    it('replaces a private confirmation through its response URL', async () => {
      const s = await harness();
      confirming(s);
      await postToSlackEvents(s, slashCommand('pārtraukt kopsavilkumu', s.fake.responseUrl('ask')), { form: true });
      const asked = await toResponse(s, 'ask');
      await click(s, 'command_1', button(asked, 'command_1'), { id: 'no1', ephemeral: true });
      const replaced = await toResponse(s, 'no1');
      expect(replaced.params.replace_original).toBe(true);
      expect(shownText(replaced)).toContain('Atcelts.');
      expect(buttonIn(replaced, 'command_0')).toBeUndefined();
      expect(s.fake.callsTo('chat.update')).toHaveLength(0);
    });
  });
});
