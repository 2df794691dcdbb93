/**
 * Questions per user in a sliding window, in memory: enough to stop one person (or a runaway script) from
 * monopolising the assistant; a restart forgets the counts, which is harmless.
 */
export class RateLimiter {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly max = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts a question at `nowMs`; false when the user already asked `max` within the window. */
  allow(user: string, nowMs: number): boolean {
    const since = nowMs - this.windowMs;
    const recent = (this.times.get(user) ?? []).filter((t) => t > since);
    if (recent.length >= this.max) {
      this.times.set(user, recent);
      return false;
    }
    recent.push(nowMs);
    this.times.set(user, recent);
    if (this.times.size > 10_000) this.forgetIdle(since);
    return true;
  }

  private forgetIdle(since: number): void {
    for (const [user, times] of this.times) {
      if (times.every((t) => t <= since)) this.times.delete(user);
    }
  }
}
