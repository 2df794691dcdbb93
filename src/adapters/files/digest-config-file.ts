/**
 * The deployment's DIGEST_CONFIG file: read, validated, and each entry given its platform's default mentions
 * (an entry's own mentions win). A broken file stops the start-up with a message naming the file and the fields.
 */
import { readFileSync } from 'node:fs';
import { type DigestConfig, parseDigestConfig } from '../../core/digest/digest-config.js';

export class DigestConfigError extends Error {
  constructor(file: string, problem: string) {
    super(`DIGEST_CONFIG ${file}: ${problem}`);
    this.name = 'DigestConfigError';
  }
}

export function readDigestConfig(file: string): DigestConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DigestConfigError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DigestConfigError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  try {
    const config = parseDigestConfig(value);
    return {
      ...config,
      subscriptions: config.subscriptions.map((entry) => ({
        ...entry,
        mentions: { ...config.mentions[entry.target.platform], ...entry.mentions },
      })),
    };
  } catch (error) {
    throw new DigestConfigError(file, (error as Error).message);
  }
}
