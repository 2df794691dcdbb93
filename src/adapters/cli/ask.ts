/**
 * `npm run ask -- "question"` prints the answer as a person reads it; `--json` prints one JSON object;
 * `--jsonl` reads lines `{"turns": [...]}` from stdin and prints one JSON object per line for the last turn
 * (earlier turns are the same conversation). Nothing but answers goes to stdout.
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

function askOnce(engine: AnswerEngine, question: string, json: boolean): void {
  const { reply } = handleMessage(
    { conversation: 'cli', text: question },
    { engine, conversations: new MemoryConversations(), now: () => new Date() },
  );
  process.stdout.write(`${json ? JSON.stringify(replyJson(reply)) : human(reply)}\n`);
}

async function askLines(engine: AnswerEngine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    n += 1;
    let turns: unknown;
    try {
      turns = (JSON.parse(line) as { turns?: unknown }).turns;
    } catch {
      turns = undefined;
    }
    const list = Array.isArray(turns) ? turns.map(String) : [line];
    const deps = { engine, conversations: new MemoryConversations(), now: () => new Date() };
    let reply: Reply | undefined;
    for (const turn of list) reply = handleMessage({ conversation: `line-${n}`, text: turn }, deps).reply;
    process.stdout.write(
      `${JSON.stringify(reply ? replyJson(reply) : { answer: '', found: false, intent: 'none', language: 'lv', sources: [] })}\n`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!jsonl && !question) {
    process.stderr.write('usage: npm run ask -- "question" | --json "question" | --jsonl < questions.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const engine = loadEngine();
  if (jsonl) await askLines(engine);
  else askOnce(engine, question, json);
}

await main();
