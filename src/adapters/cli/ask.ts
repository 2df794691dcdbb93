/**
 * `npm run ask -- "question"` prints the answer as a person reads it; `--json` prints one JSON object;
 * `--jsonl` reads lines `{"turns": [...]}` from stdin and prints one JSON object per line for the last turn
 * (earlier turns are the same conversation). `--at YYYY-MM-DD` (or a line's "at") is the day the question is
 * asked on, for "what is overdue?"; without it, today. Nothing but answers goes to stdout.
 */
import { createInterface } from 'node:readline';
import { handleMessage, MemoryConversations } from '../../app/handle-message.js';
import { replyJson } from '../../app/reply-json.js';
import type { AnswerEngine } from '../../core/answer/answer.js';
import { type Reply, replyText } from '../../core/answer/reply.js';
import { loadEngine } from '../files/engine-files.js';

function human(reply: Reply): string {
  const lines = [replyText(reply)];
  const label = reply.language === 'lv' ? 'Avots' : 'Source';
  for (const s of reply.sources)
    lines.push(`${label}: ${s.title}, ${s.locator} — “${s.quote.replace(/\s+/g, ' ').slice(0, 300)}”`);
  if (reply.suggestions.length > 0)
    lines.push(`${reply.language === 'lv' ? 'Varat jautāt' : 'You can ask'}: ${reply.suggestions.join(' | ')}`);
  return lines.join('\n');
}

/** Noon in Riga on the given day, so that the day is the same in every time zone. */
function clock(at: string | undefined): () => Date {
  if (at === undefined) return () => new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(at) || Number.isNaN(Date.parse(`${at}T10:00:00Z`)))
    throw new UsageError(`--at expects a date as YYYY-MM-DD, not “${at}”`);
  const instant = new Date(`${at}T10:00:00Z`);
  return () => instant;
}

class UsageError extends Error {}

function askOnce(engine: AnswerEngine, question: string, json: boolean, now: () => Date): void {
  const { reply } = handleMessage(
    { conversation: 'cli', text: question },
    { engine, conversations: new MemoryConversations(), now },
  );
  process.stdout.write(`${json ? JSON.stringify(replyJson(reply)) : human(reply)}\n`);
}

async function askLines(engine: AnswerEngine, defaultAt: string | undefined): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    n += 1;
    let parsed: { turns?: unknown; at?: unknown } = {};
    try {
      parsed = JSON.parse(line) as { turns?: unknown; at?: unknown };
    } catch {
      parsed = {};
    }
    const list = Array.isArray(parsed.turns) ? parsed.turns.map(String) : [line];
    const at = typeof parsed.at === 'string' ? parsed.at : defaultAt;
    const deps = { engine, conversations: new MemoryConversations(), now: clock(at) };
    let reply: Reply | undefined;
    for (const turn of list) reply = handleMessage({ conversation: `line-${n}`, text: turn }, deps).reply;
    process.stdout.write(
      `${JSON.stringify(reply ? replyJson(reply) : { answer: '', found: false, intent: 'none', language: 'lv', sources: [] })}\n`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const atIndex = args.indexOf('--at');
  const at = atIndex >= 0 ? args.splice(atIndex, 2)[1] : undefined;
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!jsonl && !question) {
    process.stderr.write(
      'usage: npm run ask -- [--at YYYY-MM-DD] "question" | --json "question" | --jsonl < questions.jsonl\n',
    );
    process.exitCode = 2;
    return;
  }
  try {
    const now = clock(at);
    const engine = loadEngine();
    if (jsonl) await askLines(engine, at);
    else askOnce(engine, question, json, now);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}

await main();
