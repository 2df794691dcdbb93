/**
 * Bolt's and the Slack SDK's log lines, written through our JSON logger: one line each, at our level, with the
 * logger's masking of tokens applied (the SDKs format their own messages, which may quote request details).
 */
import { format } from 'node:util';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../log/logger.js';

function boltLevel(level: string): LogLevel {
  if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-sdk' });
  return {
    debug: (...msg: unknown[]) => log.debug(format(...msg)),
    info: (...msg: unknown[]) => log.info(format(...msg)),
    warn: (...msg: unknown[]) => log.warn(format(...msg)),
    error: (...msg: unknown[]) => log.error(format(...msg)),
    // The level is LOG_LEVEL's: Bolt's attempts to set its own default are ignored.
    setLevel: () => {},
    getLevel: () => boltLevel(log.level),
    setName: () => {},
  };
}
