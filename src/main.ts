/**
 * Composition root: reads the configuration, loads the knowledge, opens the store, starts the HTTP server with
 * the local web chat, then every platform adapter whose credentials are present and the digest scheduler.
 * SIGTERM/SIGINT stop them in reverse order and close the store.
 */

import { DigestConfigError } from './adapters/files/digest-config-file.js';
import { listen } from './adapters/http/http-app.js';
import { startScheduler } from './adapters/scheduler/start-scheduler.js';
import { startSlack } from './adapters/slack/start-slack.js';
import { startTeams } from './adapters/teams/start-teams.js';
import { startWeb } from './adapters/web/start-web.js';
import { buildRuntime } from './build-runtime.js';
import { ConfigError, loadConfig, platforms } from './config.js';
import type { Started } from './runtime.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = buildRuntime(config);
  const { logger, http, db } = runtime;
  const started: Started[] = [];
  for (const start of [startWeb, startTeams, startSlack, startScheduler]) {
    const adapter = await start(runtime);
    if (adapter) started.push(adapter);
  }
  const server = await listen(http.app, config.PORT, config.HOST);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const on = platforms(config);
  logger.info({ port, slack: on.slack, teams: on.teams, adapters: started.map((s) => s.name) }, 'assistant started');
  console.log(`Local chat: http://localhost:${port}/  (Slack: ${on.slack}, Teams: ${on.teams})`);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    for (const adapter of started.reverse()) await adapter.stop().catch((e) => logger.error({ err: e }, 'stop failed'));
    server.close();
    db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DigestConfigError) console.error(error.message);
  else console.error(error instanceof Error ? `Start-up failed: ${error.message}` : error);
  process.exit(1);
});
