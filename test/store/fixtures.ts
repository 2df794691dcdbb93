/** A stored subscription as chat makes one, for the store's tests. */
import type { Subscription } from '../../src/core/digest/subscription.js';

const T0 = '2026-11-23T07:00:00.000Z';

export function subscription(id: string, target = 'C1', createdAt = T0): Subscription {
  return {
    id,
    target: { platform: 'slack', id: target, label: '#grupa' },
    scope: { groups: ['3'], institutions: [], roles: ['responsible'], prefixes: [], documents: [] },
    schedule: { weekday: 1, hour: 9, minute: 0 },
    horizonDays: 28,
    language: 'lv',
    mentions: { LM: 'S01' },
    source: 'chat',
    createdBy: 'U1',
    createdAt,
    updatedAt: createdAt,
  };
}
