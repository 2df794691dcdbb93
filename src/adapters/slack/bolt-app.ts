/**
 * The Bolt app and its receiver. With SLACK_APP_TOKEN it connects out over Socket Mode (no public URL needed);
 * otherwise Slack POSTs to /slack/events on the shared HTTP server, where Bolt checks each request's signature
 * over the raw body before anything is parsed. Events are acknowledged before they are answered (no
 * processBeforeResponse), so a slow answer never makes Slack retry.
 */
import { App, type Logger as BoltLogger, ExpressReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import express, { type RequestHandler } from 'express';
import type { Runtime } from '../../runtime.js';
import type { Logger } from '../log/logger.js';

export const EVENTS_PATH = '/slack/events';

export interface Identity {
  botId: string;
  botUserId: string;
  teamId: string;
}

export interface BoltApp {
  app: App;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface BoltSettings {
  runtime: Runtime;
  identity: Identity;
  clientOptions: webApi.WebClientOptions;
  sdkLogger: BoltLogger;
  logger: Logger;
}

export function createBoltApp(settings: BoltSettings): BoltApp {
  return settings.runtime.config.SLACK_APP_TOKEN
    ? socketModeApp(settings, settings.runtime.config.SLACK_APP_TOKEN)
    : httpApp(settings);
}

function appOptions({ runtime, identity, clientOptions, sdkLogger }: BoltSettings) {
  return {
    token: runtime.config.SLACK_BOT_TOKEN,
    // With both ids given, Bolt trusts them instead of calling auth.test on its own.
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger: sdkLogger,
    // Bolt and the Socket Mode client each write into the options they are given: each gets its own copy.
    clientOptions: { ...clientOptions },
    convoStore: false as const,
    ignoreSelf: true,
  };
}

function socketModeApp(settings: BoltSettings, appToken: string): BoltApp {
  const receiver = new SocketModeReceiver({
    appToken,
    logger: settings.sdkLogger,
    installerOptions: { clientOptions: { ...settings.clientOptions } },
  });
  const app = new App({ ...appOptions(settings), socketMode: true, receiver });
  return {
    app,
    start: async () => {
      await app.start();
    },
    stop: () => receiver.client.disconnect(),
  };
}

function httpApp(settings: BoltSettings): BoltApp {
  const { runtime, logger } = settings;
  let stopped = false;
  const router = express.Router();
  router.use(
    EVENTS_PATH,
    rawBodyGuard(logger, () => stopped),
  );
  const receiver = new ExpressReceiver({
    signingSecret: runtime.config.SLACK_SIGNING_SECRET ?? '',
    endpoints: EVENTS_PATH,
    // Mounted on the shared server, which has no global body parser: the raw body reaches the signature check.
    app: runtime.http.app,
    router,
    logger: settings.sdkLogger,
    processBeforeResponse: false,
  });
  const app = new App({ ...appOptions(settings), receiver });
  return {
    app,
    start: async () => {},
    stop: async () => {
      stopped = true;
    },
  };
}

/**
 * Refuses Slack requests whose body something already read (a body parser mounted before this route), since
 * their signature could not be checked, and requests after the adapter stopped.
 */
function rawBodyGuard(logger: Logger, isStopped: () => boolean): RequestHandler {
  return (req, res, next) => {
    if (isStopped()) {
      res.status(503).end();
      return;
    }
    if (req.readableEnded && !('rawBody' in req)) {
      logger.error('slack: the request body was read before /slack/events; mount no body parser ahead of it');
      res.status(500).end();
      return;
    }
    next();
  };
}
