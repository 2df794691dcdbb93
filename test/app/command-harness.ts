/** The chat commands end to end in-process: the real engine, the real SQLite stores (in memory), a fake clock. */
import { loadDigestScopes } from '../../src/adapters/files/digest-scopes-file.js';
import { loadEngine } from '../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../src/adapters/store/database.js';
import { TOKEN_ALPHABET } from '../../src/app/commands/confirmations.js';
import { handleChatMessage, MemoryConversations } from '../../src/app/handle-message.js';
import type { DigestTarget } from '../../src/app/ports.js';
import type { AnswerEngine } from '../../src/core/answer/answer.js';
import type { Reply } from '../../src/core/answer/reply.js';
import { buildServices, type Services } from '../../src/services.js';

let engine: AnswerEngine | undefined;

export interface Chat {
  services: Services;
  clock: { now: Date };
  say(text: string, from?: { user?: string; conversation?: string; target?: DigestTarget }): Promise<Reply>;
}

export function chat(options: { adminUsers?: string; now?: Date } = {}): Chat {
  engine ??= loadEngine();
  const clock = { now: options.now ?? new Date('2026-11-23T08:00:00Z') };
  let tokens = 0;
  const services = buildServices({
    db: openMemoryDatabase(),
    engine,
    defaults: loadDigestScopes(),
    adminUsers: options.adminUsers,
    clock: () => clock.now,
    // "bbbbbbbb", "cccccccc", …: predictable, and valid tokens.
    newToken: () => (TOKEN_ALPHABET[tokens++ % TOKEN_ALPHABET.length] ?? 'b').repeat(8),
  });
  const deps = {
    engine,
    conversations: new MemoryConversations(),
    statuses: services.statuses,
    commands: services.commands,
    now: () => clock.now,
  };
  return {
    services,
    clock,
    say: async (text, from = {}) =>
      (
        await handleChatMessage(
          {
            conversation: from.conversation ?? 'slack:T1:C1',
            text,
            user: { id: from.user ?? 'U1', name: 'Anna Bērziņa' },
            target: from.target ?? { platform: 'slack', id: 'C1' },
          },
          deps,
        )
      ).reply,
  };
}
