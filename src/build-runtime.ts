/**
 * Builds the runtime every entry point shares (the server in main.ts, the digest command): configuration,
 * logger, knowledge, store and services, with the deployment's DIGEST_CONFIG applied. Nothing is started here.
 */
import { DigestConfigError, readDigestConfig } from './adapters/files/digest-config-file.js';
import { loadDigestScopes } from './adapters/files/digest-scopes-file.js';
import { loadEngine } from './adapters/files/engine-files.js';
import { createHttpApp } from './adapters/http/http-app.js';
import { createLogger, type Logger } from './adapters/log/logger.js';
import { openStore } from './adapters/store/open-store.js';
import { unknownNames } from './app/check-digest-config.js';
import { MemoryConversations } from './app/handle-message.js';
import { applyDigestConfig } from './app/subscriptions.js';
import type { Config } from './config.js';
import type { Runtime } from './runtime.js';
import { buildServices, type Services } from './services.js';

export async function buildRuntime(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
): Promise<
  Runtime & {
    services: Services;
  }
> {
  const engine = loadEngine((problem) => logger.warn(problem));
  const db = await openStore(config);
  const clock = () => new Date();
  const services = buildServices({
    db,
    engine,
    defaults: loadDigestScopes(),
    adminUsers: config.ADMIN_USERS,
    clock,
  });
  if (config.DIGEST_CONFIG) {
    const file = readDigestConfig(config.DIGEST_CONFIG);
    const unknown = unknownNames(file, engine.understander.kb);
    if (unknown.length > 0) throw new DigestConfigError(config.DIGEST_CONFIG, unknown.join('; '));
    const applied = await applyDigestConfig(services.subscriptions, file, clock());
    logger.info({ file: config.DIGEST_CONFIG, ...applied }, 'digest config applied');
    for (const id of applied.removed)
      logger.warn(
        { file: config.DIGEST_CONFIG, subscription: id },
        'digest subscription removed: no longer in the config',
      );
  }
  const http = createHttpApp(logger);
  http.probes.store = () => db.health();
  return {
    config,
    logger,
    db,
    http,
    handle: {
      engine,
      conversations: new MemoryConversations(),
      statuses: services.statuses,
      commands: services.commands,
      now: clock,
    },
    messengers: [services.local],
    localChannel: services.local,
    services,
  };
}
