/**
 * Composition root: reads `.env` and the configuration, loads the knowledge, opens (and checks) the store, starts
 * the HTTP server with the local web chat, then every platform adapter whose credentials are present and the
 * digest scheduler. SIGTERM/SIGINT stop them in reverse order and close the store (shutdown.ts).
 */

import type { Server } from 'node:http';
import { DigestConfigError } from './adapters/files/digest-config-file.js';
import { loadEnvFile } from './adapters/files/env-file.js';
import { startDocuments } from './adapters/files/start-documents.js';
import { listen } from './adapters/http/http-app.js';
import { startScheduler } from './adapters/scheduler/start-scheduler.js';
import { StoreError } from './adapters/store/database.js';
import { startWeb } from './adapters/web/start-web.js';
import { buildRuntime } from './build-runtime.js';
import { type Config, ConfigError, loadConfig, platforms } from './config.js';
import type { Runtime, Started } from './runtime.js';
import { stopOnSignals } from './shutdown.js';

/** Exit status for a refusal the operator must fix (EX_CONFIG): a supervisor can be told not to restart on it. */
const EXIT_CONFIG = 78;

async function main(): Promise<void> {
  const envFile = loadEnvFile();
  const config = loadConfig();
  const runtime = await buildRuntime(config);
  const { logger, http, db } = runtime;
  const started: Started[] = [];
  let server: Server | undefined;
  stopOnSignals(async () => {
    for (const adapter of started.reverse()) await adapter.stop().catch((e) => logger.error({ err: e }, 'stop failed'));
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db.close();
  }, logger);
  for (const start of [startDocuments, startWeb, ...(await platformStarters(config)), startScheduler]) {
    const adapter = await start(runtime);
    if (adapter) started.push(adapter);
  }
  server = await listen(http.app, config.PORT, config.HOST);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const on = platforms(config);
  const adapters = started.map((s) => s.name);
  logger.info({ port, host: config.HOST, envFile, slack: on.slack, teams: on.teams, adapters }, 'assistant started');
  const page = config.WEB_DISABLED ? 'web page off' : `Local chat: http://localhost:${port}/`;
  console.log(`${page}  (Slack: ${on.slack}, Teams: ${on.teams})`);
}

type Starter = (runtime: Runtime) => Promise<Started | undefined>;

/** A platform's SDK is loaded only when the platform is on: Bolt and the Agents SDK are most of a start's imports. */
async function platformStarters(config: Config): Promise<Starter[]> {
  const on = platforms(config);
  const starters: Starter[] = [];
  if (on.teams !== 'off') starters.push((await import('./adapters/teams/start-teams.js')).startTeams);
  if (on.slack !== 'off') starters.push((await import('./adapters/slack/start-slack.js')).startSlack);
  return starters;
}

main().catch((error: unknown) => {
  const refused = error instanceof ConfigError || error instanceof DigestConfigError || error instanceof StoreError;
  if (refused) console.error(error.message);
  else console.error(error instanceof Error ? `Start-up failed: ${error.message}` : error);
  process.exit(refused ? EXIT_CONFIG : 1);
});
