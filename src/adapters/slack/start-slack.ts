/** The Slack app, in Socket Mode or over HTTP at /slack/events. */
import type { Runtime, Started } from '../../runtime.js';

export async function startSlack(_runtime: Runtime): Promise<Started | undefined> {
  return undefined;
}
