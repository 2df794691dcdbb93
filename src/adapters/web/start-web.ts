/** The local web chat, dashboard and JSON API (always on). */
import type { Runtime, Started } from '../../runtime.js';

export async function startWeb(_runtime: Runtime): Promise<Started | undefined> {
  return undefined;
}
