/**
 * The last digest tick, for /healthz: a tick that threw, or a digest that could not even be attempted (a corrupt
 * ledger, an unreadable row), makes the health check fail and say which, instead of deferring in silence.
 */
import type { RunResult } from '../../app/run-digests.js';

export interface TickHealth {
  ok: boolean;
  at: string;
  problem?: string;
}

export function tickHealth(at: Date, outcome: RunResult[] | Error): TickHealth {
  const when = at.toISOString();
  if (outcome instanceof Error) return { ok: false, at: when, problem: `the digest tick failed: ${outcome.message}` };
  const broken = outcome.filter((r) => r.outcome === 'deferred' && r.error);
  if (broken.length === 0) return { ok: true, at: when };
  const first = broken[0] as RunResult;
  return {
    ok: false,
    at: when,
    problem: `${broken.length} digest(s) could not run, e.g. ${first.subscriptionId}: ${first.error}`,
  };
}
