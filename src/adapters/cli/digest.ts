/**
 * `npm run digest`: prints a digest without sending it (a stored subscription's, or one for a scope named on the
 * command line, at any Riga time), lists the subscriptions, or with --send posts one now through the configured
 * adapters. A manual send is outside the weekly schedule: the ledger and the scheduled digest are left alone.
 */
import { namedScope, ScopeError } from '../../app/named-scope.js';
import type { Messenger } from '../../app/ports.js';
import { buildRuntime } from '../../build-runtime.js';
import { ConfigError, loadConfig } from '../../config.js';
import { rigaStamp } from '../../core/deadlines/riga-instant.js';
import type { Digest } from '../../core/digest/digest.js';
import { digestText } from '../../core/digest/digest-text.js';
import { isoWeek } from '../../core/digest/iso-week.js';
import { describeSchedule } from '../../core/digest/schedule-words.js';
import { describeScope } from '../../core/digest/scope-words.js';
import { DEFAULT_HORIZON_DAYS } from '../../core/digest/subscription.js';
import type { Runtime, Started } from '../../runtime.js';
import type { Composable, Services } from '../../services.js';
import { DigestConfigError } from '../files/digest-config-file.js';
import { createLogger } from '../log/logger.js';
import { startSlack } from '../slack/start-slack.js';
import { startTeams } from '../teams/start-teams.js';
import { type DigestArgs, readDigestArgs, USAGE, UsageError } from './digest-args.js';

type Built = Runtime & { services: Services };

async function main(): Promise<void> {
  const args = readDigestArgs(process.argv.slice(2));
  const config = loadConfig();
  const runtime = await buildRuntime(
    config,
    createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, process.stderr),
  );
  try {
    if (args.action === 'list') return await list(runtime);
    const now = args.at ?? new Date();
    const sub = await chosen(args, runtime, now);
    const digest = await runtime.services.compose(sub, now, periodOf(args, now), [], args.full);
    if (args.action === 'preview') {
      process.stdout.write(`${args.json ? JSON.stringify(digest, null, 2) : digestText(digest)}\n`);
      return;
    }
    await send(args, runtime, sub, digest);
  } finally {
    await runtime.db.close();
  }
}

async function chosen(args: DigestArgs, runtime: Built, now: Date): Promise<Composable> {
  if (args.subscription) {
    const stored = await runtime.services.subscriptions.get(args.subscription);
    if (!stored) {
      const known = (await runtime.services.subscriptions.all()).map((s) => s.id);
      throw new UsageError(
        `no subscription "${args.subscription}"; ${known.length > 0 ? `known: ${known.join(', ')}` : 'there are none yet'}`,
      );
    }
    return args.lang ? { ...stored, language: args.lang } : stored;
  }
  const scope = namedScope(args, runtime.handle.engine, rigaStamp(now).slice(0, 10));
  return { id: 'preview', scope, horizonDays: DEFAULT_HORIZON_DAYS, language: args.lang ?? 'lv', mentions: {} };
}

function periodOf(args: DigestArgs, now: Date): string {
  const week = isoWeek(rigaStamp(now).slice(0, 10));
  return args.action === 'send' ? `manual-${rigaStamp(now)}` : week;
}

async function list(runtime: Built): Promise<void> {
  const { services, handle } = runtime;
  const all = await services.subscriptions.all();
  if (all.length === 0) process.stdout.write('No subscriptions yet.\n');
  for (const sub of all) {
    const scope = describeScope(sub.scope, handle.engine.understander.kb, services.defaults, 'en');
    const [last] = await services.ledger.recent(sub.id, 1);
    const lastText = last ? `; last ${last.period} ${last.state}` : '';
    process.stdout.write(
      `${sub.id}  ${sub.target.platform}:${sub.target.id}  ${describeSchedule(sub.schedule, 'en')}  ${sub.language}  ${scope}${lastText}\n`,
    );
  }
}

async function send(args: DigestArgs, runtime: Built, sub: Composable, digest: Digest) {
  const target = args.to ?? (await runtime.services.subscriptions.get(sub.id))?.target;
  if (!target) throw new UsageError('--send needs --to <platform:id>');
  const started: Started[] = [];
  try {
    for (const start of [startTeams, startSlack]) {
      const adapter = await start(runtime);
      if (adapter) started.push(adapter);
    }
    const messenger: Messenger | undefined = runtime.messengers.find((m) => m.platform === target.platform);
    if (!messenger) throw new UsageError(`${target.platform} is not configured here (see docs/configuration.md)`);
    // Sent now, outside the ledger: a digest too big for one message goes as its parts, in order.
    const parts = messenger.split?.(digest) ?? [digest];
    const ids: string[] = [];
    for (const [i, part] of parts.entries()) {
      const mark = { subscriptionId: sub.id, period: digest.period };
      const multi = parts.length > 1 ? { part: i + 1, parts: parts.length } : {};
      ids.push((await messenger.postDigest(target, part, { ...mark, ...multi })).messageId);
    }
    process.stdout.write(`Posted to ${target.platform}:${target.id} (message ${ids.join(', ')}).\n`);
  } finally {
    for (const adapter of started.reverse()) await adapter.stop();
  }
}

main().catch((error: unknown) => {
  const known = [UsageError, ScopeError, ConfigError, DigestConfigError].some((k) => error instanceof k);
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
  else if (known) process.stderr.write(`${(error as Error).message}\n`);
  else process.stderr.write(`digest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
