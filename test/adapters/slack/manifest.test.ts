/**
 * deploy/slack-app-manifest.yml, parsed as YAML and checked against the manifest's structure and rules, then
 * against what the adapter uses: its scopes, the events its listeners take, its slash command and settings. The
 * HTTP variant the file's comments describe (Socket Mode off, the three URLs set) is checked as well.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../src/adapters/slack/on-command.js';
import { type Manifest, ManifestSchema, manifestProblems } from './manifest-schema.js';

const text = readFileSync(new URL('../../../deploy/slack-app-manifest.yml', import.meta.url), 'utf8');
const manifest: Manifest = ManifestSchema.parse(load(text));

/** The manifest as the comments say to change it for HTTP: Socket Mode off and the commented URLs in place. */
function httpVariant(url: string): Manifest {
  const uncommented = text.replace(
    /^(\s*)# ((?:request_)?url): https:\/\/bot\.example\.lv\/slack\/events$/gmu,
    `$1$2: ${url}`,
  );
  return ManifestSchema.parse(load(uncommented.replace('socket_mode_enabled: true', 'socket_mode_enabled: false')));
}

describe('deploy/slack-app-manifest.yml', () => {
  it('has the manifest structure, and its fields hold together', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('is refused when a key is misplaced or a field breaks its rules', () => {
    const misplaced = { ...manifest, settings: { ...manifest.settings, bot_events: ['app_mention'] } };
    expect(ManifestSchema.safeParse(misplaced).success).toBe(false);
    const noScope = { ...manifest, oauth_config: { scopes: { bot: ['chat:write', 'commands'] } } };
    expect(manifestProblems(noScope)).toContain('message.channels needs the channels:history scope');
    const socketOff = { ...manifest, settings: { ...manifest.settings, socket_mode_enabled: false } };
    expect(manifestProblems(socketOff)).toContain('events need a request_url without Socket Mode');
  });

  it('asks for every bot scope the adapter uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'app_mentions:read',
        'chat:write',
        'commands',
        'im:history',
        'im:read',
        'im:write',
        'reactions:write',
        'files:read',
        'channels:history',
        'groups:history',
      ]),
    );
  });

  it('subscribes to the events the listeners take: mentions, DMs, thread replies, App Home, shared files', () => {
    expect([...(manifest.settings.event_subscriptions?.bot_events ?? [])].sort()).toEqual(
      ['app_home_opened', 'app_mention', 'file_shared', 'message.channels', 'message.groups', 'message.im'].sort(),
    );
    expect(manifest.features?.slash_commands?.map((c) => c.command)).toEqual([SLASH_COMMAND]);
  });

  it('turns on interactivity, Socket Mode and the App Home tabs', () => {
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: true, interactivity: { is_enabled: true } });
    expect(manifest.features?.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });

  it('holds together in its HTTP variant, every URL pointing at /slack/events', () => {
    const http = httpVariant('https://bot.example.lv/slack/events');
    expect(manifestProblems(http)).toEqual([]);
    expect(http.settings.event_subscriptions?.request_url).toBe('https://bot.example.lv/slack/events');
    expect(http.settings.interactivity?.request_url).toBe('https://bot.example.lv/slack/events');
    expect(http.features?.slash_commands?.[0]?.url).toBe('https://bot.example.lv/slack/events');
  });
});
