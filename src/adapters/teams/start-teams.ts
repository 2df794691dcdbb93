/** The Microsoft Teams bot at POST /api/messages. */
import type { Runtime, Started } from '../../runtime.js';

export async function startTeams(_runtime: Runtime): Promise<Started | undefined> {
  return undefined;
}
