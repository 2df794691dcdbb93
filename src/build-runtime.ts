/**
 * Builds the runtime every entry point shares (the server in main.ts, the digest command): configuration,
 * logger, knowledge, store and services, with the deployment's DIGEST_CONFIG applied. Nothing is started here.
 */
import { DigestConfigError, readDigestConfig } from './adapters/files/digest-config-file.js';
import { loadDigestScopes } from './adapters/files/digest-scopes-file.js';
import { DocumentDesk } from './adapters/files/document-desk.js';
import { DocumentLibrary } from './adapters/files/document-library.js';
import { loadServedEngine } from './adapters/files/served-engine.js';
import { createHttpApp } from './adapters/http/http-app.js';
import { createLogger, type Logger } from './adapters/log/logger.js';
import { openStore } from './adapters/store/open-store.js';
import { unknownNames } from './app/check-digest-config.js';
import { EngineHolder } from './app/engine-holder.js';
import { MemoryConversations } from './app/handle-message.js';
import { applyDigestConfig } from './app/subscriptions.js';
import type { Config } from './config.js';
import type { Runtime } from './runtime.js';
import { installServed, type Served, servedFrom } from './served.js';
import { buildServices, type ServiceOptions, type Services } from './services.js';

export async function buildRuntime(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
): Promise<
  Runtime & {
    services: Services;
  }
> {
  const stored = new DocumentLibrary(config.DATA_DIR).list();
  const engine = loadServedEngine(
    stored.map((d) => d.extract),
    (problem) => logger.warn(problem),
  );
  const db = await openStore(config);
  const clock = () => new Date();
  const serviceOptions: ServiceOptions = {
    db,
    engine,
    defaults: loadDigestScopes(),
    adminUsers: config.ADMIN_USERS,
    clock,
  };
  const services = buildServices(serviceOptions);
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
  const runtime: Runtime & { services: Services } = {
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
  const served = new EngineHolder<Served>(servedFrom(serviceOptions, engine), (next) =>
    installServed(runtime, services, next),
  );
  runtime.documents = new DocumentDesk({
    folder: config.DOCUMENTS_DIR,
    dataDir: config.DATA_DIR,
    engine: { holder: served, serve: (next) => servedFrom(serviceOptions, next) },
    now: clock,
    log: logger,
  });
  return runtime;
}
