/**
 * Channels are delivered independently: each target is a lane that runs one digest at a time (so a channel's
 * digests keep their order and a tick never starts a second delivery beside one still retrying), and at most
 * `limit` lanes run at once. Shared across ticks, so a slow lane from an earlier tick is skipped, not waited for.
 */
export class DigestLanes {
  private readonly busy = new Set<string>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Runs `work` in `lane` when the lane is free; undefined when it is still busy. */
  run<T>(lane: string, work: () => Promise<T>): Promise<T> | undefined {
    if (this.busy.has(lane)) return undefined;
    this.busy.add(lane);
    return this.slot()
      .then(work)
      .finally(() => {
        this.busy.delete(lane);
        // The slot passes straight to the next waiter, so no newcomer can slip in between.
        const next = this.waiting.shift();
        if (next) next();
        else this.active -= 1;
      });
  }

  private async slot(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
