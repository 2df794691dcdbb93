/**
 * What is served from one answer engine: the engine and the parts of the services built from its knowledge (the
 * tracked items, the chat commands, the digest composer). A swap installs a new one whole: the runtime's message
 * handler deps are replaced by a new object, so a request that took the old ones finishes on the old engine.
 */
import type { AnswerEngine } from './core/answer/answer.js';
import type { Runtime } from './runtime.js';
import { buildServices, type ServiceOptions, type Services } from './services.js';

export interface Served {
  engine: AnswerEngine;
  items: Services['items'];
  commands: Services['commands'];
  compose: Services['compose'];
}

export function servedFrom(options: ServiceOptions, engine: AnswerEngine): Served {
  const { items, commands, compose } = buildServices({ ...options, engine });
  return { engine, items, commands, compose };
}

export function installServed(runtime: Runtime, services: Services, served: Served): void {
  Object.assign(services, { items: served.items, commands: served.commands, compose: served.compose });
  runtime.handle = { ...runtime.handle, engine: served.engine, commands: served.commands };
}
