/**
 * The Microsoft Teams bot at POST /api/messages on the shared HTTP app. With TEAMS_CLIENT_ID/SECRET/TENANT_ID it
 * validates the Bot Connector's tokens; without them (and not in production, which config.ts refuses) it runs
 * anonymously for local use, on loopback only. Either way an activity's serviceUrl is checked before anything is
 * posted or stored (service-url.ts). It registers the TeamsMessenger for the digest scheduler.
 */
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import express from 'express';
import { platforms } from '../../config.js';
import type { Runtime, Started } from '../../runtime.js';
import { isLoopbackHost } from '../http/loopback.js';
import { sendProblem } from '../http/problem.js';
import { ConversationRefs } from '../store/conversation-refs.js';
import { FeedbackStore } from '../store/feedback-store.js';
import type { TeamsDeps } from './answer-turn.js';
import { RecentAnswers } from './recent-answers.js';
import { serviceUrlGuard } from './service-url.js';
import { createTeamsApp, teamsAuthConfig } from './teams-app.js';
import { TeamsMessenger } from './teams-messenger.js';

export const TEAMS_ROUTE = '/api/messages';

export interface TeamsOptions {
  /** How long an answer may take before the typing indicator shows (tests pass 0). */
  typingDelayMs?: number;
}

export async function startTeams(runtime: Runtime, options: TeamsOptions = {}): Promise<Started | undefined> {
  const mode = platforms(runtime.config).teams;
  if (mode === 'off') return undefined;
  const auth = teamsAuthConfig(runtime.config);
  const deps: TeamsDeps = {
    runtime,
    refs: new ConversationRefs(runtime.db),
    feedback: new FeedbackStore(runtime.db),
    answers: new RecentAnswers(),
  };
  const app = createTeamsApp(auth, deps, options.typingDelayMs);
  const handler = createAgentRequestHandler(app, auth);
  let running = true;
  // Express cannot unmount a route, so a stopped adapter answers 503 instead.
  const guard = serviceUrlGuard(mode, runtime.config.HOST, (obj, msg) => runtime.logger.warn(obj, msg));
  runtime.http.app.post(TEAMS_ROUTE, express.json({ limit: '1mb' }), guard, (req, res, next) => {
    if (!running) {
      sendProblem(res, 503, 'the Teams adapter is stopped');
      return;
    }
    handler(req, res).catch(next);
  });
  const messenger = new TeamsMessenger(app.adapter, deps.refs, runtime.config.TEAMS_CLIENT_ID);
  runtime.messengers.push(messenger);
  runtime.http.health.teams = mode;
  if (mode === 'anonymous' && !isLoopbackHost(runtime.config.HOST)) {
    runtime.logger.warn(
      { host: runtime.config.HOST },
      'Teams has no credentials and HOST is not loopback: /api/messages refuses every activity',
    );
  }
  runtime.logger.info({ mode, route: TEAMS_ROUTE }, 'Teams bot ready');
  return {
    name: 'teams',
    stop: async () => {
      running = false;
      const index = runtime.messengers.indexOf(messenger);
      if (index >= 0) runtime.messengers.splice(index, 1);
      runtime.http.health.teams = 'stopped';
    },
  };
}
