/** The options of `npm run digest`, read with node:util's parseArgs; a bad option is a UsageError naming it. */
import { parseArgs } from 'node:util';
import { rigaInstant } from '../../core/deadlines/riga-instant.js';
import type { Target } from '../../core/digest/subscription.js';

export const USAGE = `usage: npm run digest -- [--preview] (--subscription <id> | --group <number or name> --institution <abbr>
                                   --prefix <4.4> --document <plan|report|programme|groups|bac>)
                                  [--at 2026-11-23T09:00] [--lang lv|en] [--full] [--json]
       npm run digest -- --send (--subscription <id> | --to slack:<channel>|teams:<conversation>|web:local <scope>)
       npm run digest -- --list
--at is Riga time (default: now); --group, --institution, --prefix and --document may be repeated.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface DigestArgs {
  action: 'preview' | 'send' | 'list';
  subscription?: string;
  groups: string[];
  institutions: string[];
  prefixes: string[];
  documents: string[];
  at?: Date;
  lang?: 'lv' | 'en';
  to?: Target;
  full: boolean;
  json: boolean;
}

export function readDigestArgs(argv: readonly string[]): DigestArgs {
  const { values, positionals } = parse(argv);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const actions = (['preview', 'send', 'list'] as const).filter((a) => values[a]);
  if (actions.length > 1) throw new UsageError(`choose one of --${actions.join(', --')}`);
  const args: DigestArgs = {
    action: actions[0] ?? 'preview',
    groups: values.group ?? [],
    institutions: values.institution ?? [],
    prefixes: values.prefix ?? [],
    documents: values.document ?? [],
    full: values.full ?? false,
    json: values.json ?? false,
  };
  if (values.subscription) args.subscription = values.subscription;
  if (values.at) args.at = readAt(values.at);
  if (values.lang) args.lang = readLang(values.lang);
  if (values.to) args.to = readTarget(values.to);
  const named = args.groups.length + args.institutions.length + args.prefixes.length + args.documents.length > 0;
  if (args.subscription && named) throw new UsageError('give either --subscription or a scope, not both');
  if (args.action === 'send' && !args.subscription && !args.to)
    throw new UsageError('--send needs --subscription <id>, or --to <platform:id> with a scope');
  if (args.action !== 'list' && !args.subscription && !named)
    throw new UsageError('name a digest: --subscription <id>, or a scope such as --group 3 or --institution LM');
  return args;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        preview: { type: 'boolean' },
        send: { type: 'boolean' },
        list: { type: 'boolean' },
        subscription: { type: 'string' },
        group: { type: 'string', multiple: true },
        institution: { type: 'string', multiple: true },
        prefix: { type: 'string', multiple: true },
        document: { type: 'string', multiple: true },
        at: { type: 'string' },
        lang: { type: 'string' },
        to: { type: 'string' },
        full: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function readAt(value: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?$/u.exec(value.trim());
  const date = match?.[1];
  if (!date || Number.isNaN(Date.parse(date)))
    throw new UsageError(`--at "${value}": expected a Riga date and time such as 2026-11-23T09:00`);
  const hour = Number(match[2] ?? 9);
  const minute = Number(match[3] ?? 0);
  if (hour > 23 || minute > 59) throw new UsageError(`--at "${value}": no such time of day`);
  return rigaInstant(date, hour, minute);
}

function readLang(value: string): 'lv' | 'en' {
  if (value === 'lv' || value === 'en') return value;
  throw new UsageError(`--lang "${value}": expected lv or en`);
}

function readTarget(value: string): Target {
  const match = /^(slack|teams|web):(.+)$/u.exec(value.trim());
  if (!match?.[1] || !match[2])
    throw new UsageError(`--to "${value}": expected slack:<channel id>, teams:<conversation> or web:local`);
  return { platform: match[1] as Target['platform'], id: match[2] }; // why: the regex allows only these three
}
