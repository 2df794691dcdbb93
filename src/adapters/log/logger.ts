/**
 * JSON logs (pino). Secrets never reach a log line: fields that may hold tokens are redacted by path, and any
 * string that looks like a Slack token or a bearer header is masked before it is written.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'password',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.TEAMS_CLIENT_SECRET',
];

const SECRET_PATTERN = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|Bearer\s+[\w.-]+)/g;

export function maskSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, (m) => `${m.slice(0, 5)}…[redacted]`);
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskSecrets(a) : a)) as Parameters<typeof method>;
        method.apply(this, masked);
      },
    },
    serializers: {
      err: (e: Error) => ({ type: e.name, message: maskSecrets(e.message), stack: maskSecrets(e.stack ?? '') }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
