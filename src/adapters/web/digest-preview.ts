/**
 * What the local channel shows before any digest was posted there: the digest as it would be sent now, for the
 * local channel's own subscription when it has one, else for every document, marked as a preview by the caller.
 */

import type { Language } from '../../core/answer/reply.js';
import { rigaDate } from '../../core/deadlines/riga-time.js';
import type { Digest } from '../../core/digest/digest.js';
import { isoWeek } from '../../core/digest/iso-week.js';
import { DEFAULT_HORIZON_DAYS } from '../../core/digest/subscription.js';
import type { Runtime } from '../../runtime.js';
import { LOCAL_CHANNEL_ID } from './local-channel.js';

export async function digestPreview(runtime: Runtime, lang: Language): Promise<Digest | undefined> {
  const services = runtime.services;
  if (!services) return undefined;
  const now = runtime.handle.now();
  const [own] = await services.subscriptions.forTarget({ platform: 'web', id: LOCAL_CHANNEL_ID });
  const documents = [...new Set([...services.items.values()].map((item) => item.document))];
  const scope = own?.scope ?? {
    groups: [],
    institutions: [],
    roles: ['responsible' as const, 'co-responsible' as const],
    prefixes: [],
    documents,
  };
  const horizonDays = own?.horizonDays ?? DEFAULT_HORIZON_DAYS;
  return services.compose(
    { id: 'preview', scope, horizonDays, language: lang, mentions: {} },
    now,
    isoWeek(rigaDate(now)),
    [],
  );
}
