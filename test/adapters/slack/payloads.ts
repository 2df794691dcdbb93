/**
 * Request bodies built from the recorded payloads in test/fixtures/slack (fake ids: T0000, U0000, C0000, D0000),
 * with the fields a test varies replaced: the text, the event id, timestamps, the clicked button, response URLs.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const FIXTURES = new URL('../../fixtures/slack/', import.meta.url);

const Envelope = z.looseObject({ event_id: z.string(), event: z.looseObject({}) });
const Form = z.record(z.string(), z.string());
const Click = z.looseObject({
  actions: z.array(z.looseObject({})),
  container: z.looseObject({}),
  message: z.looseObject({}).optional(),
});
const SocketEnvelope = z.looseObject({ envelope_id: z.string(), payload: Envelope });

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
}

export interface EventOptions {
  eventId?: string;
  text?: string;
  ts?: string;
  threadTs?: string;
  extra?: Record<string, unknown>;
}

/** The rich_text block Slack sends beside a typed text: mentions as user elements, the rest as text. */
export function richTextOf(text: string): unknown[] {
  const elements = text
    .split(/(<@[UW][A-Z0-9]+>)/u)
    .filter((part) => part.length > 0)
    .map((part) => {
      const user = /^<@([UW][A-Z0-9]+)>$/u.exec(part)?.[1];
      return user ? { type: 'user', user_id: user } : { type: 'text', text: part };
    });
  return [{ type: 'rich_text', block_id: 'fAk3x', elements: [{ type: 'rich_text_section', elements }] }];
}

function eventFrom(name: string, o: EventOptions): Record<string, unknown> {
  const envelope = Envelope.parse(fixture(name));
  const event = {
    ...envelope.event,
    ...(o.text !== undefined ? { text: o.text, blocks: richTextOf(o.text) } : {}),
    ...(o.ts ? { ts: o.ts, event_ts: o.ts } : {}),
    ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
    ...o.extra,
  };
  return { ...envelope, ...(o.eventId ? { event_id: o.eventId } : {}), event };
}

/** An app_mention event callback (JSON body). */
export function mention(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('app-mention.json', o));
}

export function directMessage(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('message-im.json', o));
}

/** A file_shared event: the file id, who shared it, and where (a DM unless `extra` says otherwise). */
export function fileShared(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('file-shared.json', o));
}

export function botDirectMessage(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('bot-message-im.json', o));
}

/** A reply in a channel thread, through message.channels (no mention unless the text has one). */
export function threadReply(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('message-channel-thread.json', o));
}

/** The message.channels copy of a mention, which Slack sends beside the app_mention event. */
export function mentionAsMessage(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('message-channel-mention.json', o));
}

/** A top-level message in a private channel (message.groups), not addressed to the bot. */
export function groupMessage(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('message-group.json', o));
}

export function homeOpened(o: EventOptions = {}): string {
  return JSON.stringify(eventFrom('app-home-opened.json', o));
}

/** A /jautat slash command (urlencoded form, as Slack sends it). */
export function slashCommand(text: string, responseUrl: string): string {
  const form = Form.parse(fixture('slash-command.json'));
  return new URLSearchParams({ ...form, text, response_url: responseUrl }).toString();
}

export interface ClickOptions {
  actionId: string;
  value: string;
  responseUrl: string;
  /** A click on a private (ephemeral) answer: no message in the payload. */
  ephemeral?: boolean;
  messageTs?: string;
  threadTs?: string;
  /** The clicked message's channel (the fixture's C0000 otherwise). */
  channel?: string;
}

/** A block_actions payload (urlencoded `payload=<json>`, as Slack sends it). */
export function buttonClick(o: ClickOptions): string {
  const click = Click.parse(fixture('block-actions.json'));
  const [action] = click.actions;
  const message = o.ephemeral
    ? undefined
    : { ...click.message, ts: o.messageTs ?? '1700000900.001000', thread_ts: o.threadTs };
  const payload = {
    ...click,
    container: {
      ...click.container,
      is_ephemeral: o.ephemeral === true,
      message_ts: o.messageTs ?? '1700000900.001000',
      thread_ts: o.threadTs,
      ...(o.channel ? { channel_id: o.channel } : {}),
    },
    ...(o.channel ? { channel: { id: o.channel, name: 'directmessage' } } : {}),
    message,
    response_url: o.responseUrl,
    actions: [{ ...action, action_id: o.actionId, value: o.value }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A Socket Mode `events_api` envelope around an app_mention. */
export function socketMention(envelopeId: string, o: EventOptions = {}): Record<string, unknown> {
  const envelope = SocketEnvelope.parse(fixture('socket-envelope.json'));
  const payload = {
    ...envelope.payload,
    ...(o.eventId ? { event_id: o.eventId } : {}),
    event: {
      ...envelope.payload.event,
      ...(o.text !== undefined ? { text: o.text, blocks: richTextOf(o.text) } : {}),
    },
  };
  return { ...envelope, envelope_id: envelopeId, payload };
}
