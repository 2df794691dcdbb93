/** The app manifest asks for what the adapter uses: its scopes, events, slash command and settings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../src/adapters/slack/on-command.js';

const manifest = readFileSync(new URL('../../../deploy/slack-app-manifest.yml', import.meta.url), 'utf8');
/** The manifest's active lines, comments dropped, as `key: value` or `- item` without indentation. */
const lines = manifest
  .split('\n')
  .map((l) => l.replace(/#.*$/u, '').trim())
  .filter((l) => l.length > 0);

describe('deploy/slack-app-manifest.yml', () => {
  it('asks for every bot scope the adapter uses', () => {
    const scopes = [
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
      'im:read',
      'im:write',
      'reactions:write',
      'users:read',
      'channels:history',
      'groups:history',
    ];
    for (const scope of scopes) expect(lines).toContain(`- ${scope}`);
  });

  it('subscribes to the events the adapter listens to and declares its slash command', () => {
    for (const event of ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened'])
      expect(lines).toContain(`- ${event}`);
    expect(lines).toContain(`- command: ${SLASH_COMMAND}`);
  });

  it('turns on interactivity, Socket Mode and the App Home tabs', () => {
    for (const setting of [
      'is_enabled: true',
      'socket_mode_enabled: true',
      'home_tab_enabled: true',
      'messages_tab_enabled: true',
    ]) {
      expect(lines).toContain(setting);
    }
  });
});
