/**
 * Run as its own process by cold-start.ts: loads, validates and indexes the knowledge, answers one question, and
 * prints how long after the process started that was (performance.now() counts from the process's time origin).
 */
import { performance } from 'node:perf_hooks';
import { loadEngine } from '../src/adapters/files/engine-files.js';
import { handleMessage, MemoryConversations } from '../src/app/handle-message.js';

const imported = performance.now();
const engine = loadEngine();
const loaded = performance.now();
const { reply } = handleMessage(
  { conversation: 'cold', text: 'Kas ir atbildīgs par 4.4.5. pasākumu?' },
  { engine, conversations: new MemoryConversations(), now: () => new Date() },
);
const ready = performance.now();
const m = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ imported, loaded, ready, found: reply.found, rss: m.rss, heapUsed: m.heapUsed })}\n`,
);
