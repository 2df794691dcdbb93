/**
 * The one reader of process.env. Every variable the assistant understands is declared here with zod; a missing
 * or malformed one stops start-up with a message that names it. `.env.example` and docs/configuration.md list them all.
 */
import { z } from 'zod';
import { isLoopbackHost, LOOPBACK } from './adapters/http/loopback.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3978),
    /** Interface the HTTP server listens on; any but loopback needs WEB_ACCESS_TOKEN or WEB_DISABLED. */
    HOST: z.string().trim().min(1, 'must name an interface such as 127.0.0.1').default(LOOPBACK),
    /** The web page's and /api/*'s shared secret; asked for once by the page and kept in a cookie. */
    WEB_ACCESS_TOKEN: optionalText.pipe(
      z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
    ),
    /** Leaves the web page and /api/* out (a server that only serves Slack and Teams). */
    WEB_DISABLED: flag,
    /** Where the SQLite store lives (created if missing). */
    DATA_DIR: z.string().default('data'),
    /** The watched folder of documents added at run time (.docx, .txt, .md); created if missing. */
    DOCUMENTS_DIR: z.string().trim().min(1).default('documents'),
    /** A PostgreSQL store shared by several replicas (postgres://user:password@host:5432/db); SQLite when unset. */
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(?:ql)?:\/\//u, 'must be a PostgreSQL URL: postgres://user:password@host:5432/database')
        .optional(),
    ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** The public https address of this server, for the Teams app package and tab (e.g. https://bot.example.lv). */
    PUBLIC_URL: optionalText.pipe(
      z.url({ message: 'must be an absolute URL such as https://bot.example.lv' }).optional(),
    ),

    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
    SLACK_API_URL: z.url({ message: 'must be an absolute URL' }).default('https://slack.com/api/'),

    TEAMS_CLIENT_ID: optionalText,
    TEAMS_CLIENT_SECRET: optionalText,
    TEAMS_TENANT_ID: optionalText,
    /** Teams app package: the app id (a GUID) in manifest.json; generated once and kept stable. */
    TEAMS_APP_ID: optionalText.pipe(z.uuid({ message: 'must be a GUID' }).optional()),

    /** Slack user ids or Teams AAD object ids allowed to change digest settings; empty = anyone in the channel. */
    ADMIN_USERS: optionalText,
    /** Users who may add and remove documents from chat and the web page; without it, ADMIN_USERS. */
    EDITOR_USERS: optionalText,
    /** A JSON file of digest subscriptions applied at start-up (for deployments). */
    DIGEST_CONFIG: optionalText,
    /** Turns the weekly digest scheduler off (for a second replica that should only answer). */
    DIGESTS_DISABLED: flag,
    /** The bound on every platform call a digest makes (post, history check), in milliseconds. */
    DIGEST_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(1000)
      .max(120_000)
      .default(10_000),
    /** Origins besides SharePoint's (https) that Teams file attachments may be downloaded from, comma-separated. */
    TEAMS_FILE_ORIGINS: optionalText,
    /** Leaves the Teams endpoint out entirely (a Slack-only production deployment). */
    TEAMS_DISABLED: flag,
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
    if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when Slack is configured' });
    }
    if (!isLoopbackHost(env.HOST) && !env.WEB_ACCESS_TOKEN && !env.WEB_DISABLED) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${env.HOST} is not loopback: anyone who reaches the port could change statuses and subscriptions. Set WEB_ACCESS_TOKEN (e.g. \`openssl rand -hex 24\`), or WEB_DISABLED=true to leave the web page out, or HOST=127.0.0.1`,
      });
    }
    const teams = [env.TEAMS_CLIENT_ID, env.TEAMS_CLIENT_SECRET, env.TEAMS_TENANT_ID];
    if (teams.some(Boolean) && !teams.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TEAMS_CLIENT_ID'],
        message: 'TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID must be set together',
      });
    }
    if (env.NODE_ENV === 'production' && !env.TEAMS_CLIENT_ID && !env.TEAMS_DISABLED) {
      ctx.addIssue({
        code: 'custom',
        path: ['TEAMS_CLIENT_ID'],
        message:
          'is required in production: without it the Teams endpoint would accept unauthenticated requests (set TEAMS_DISABLED=true for a deployment without Teams, or NODE_ENV=development for a local run)',
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(environment)'} ${i.message}`));
}

/** Which platforms have their credentials; the local web chat always runs. */
export function platforms(config: Config): {
  slack: 'socket' | 'http' | 'off';
  teams: 'authenticated' | 'anonymous' | 'off';
} {
  const slack = !config.SLACK_BOT_TOKEN ? 'off' : config.SLACK_APP_TOKEN ? 'socket' : 'http';
  const teams = config.TEAMS_DISABLED ? 'off' : config.TEAMS_CLIENT_ID ? 'authenticated' : 'anonymous';
  return { slack, teams };
}
