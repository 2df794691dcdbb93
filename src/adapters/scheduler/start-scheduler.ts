/** The weekly digest scheduler. */
import type { Runtime, Started } from '../../runtime.js';

export async function startScheduler(_runtime: Runtime): Promise<Started | undefined> {
  return undefined;
}
