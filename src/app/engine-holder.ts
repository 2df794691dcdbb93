/**
 * Holds what is served (the answer engine and what is built from it) and swaps it whole. A rebuild prepares the
 * new one completely before it is installed, so a build that fails leaves the served one untouched; rebuilds run
 * one at a time, in the order asked. A request that took the served value before a swap finishes on it: nothing
 * in it is changed, only the holder's reference moves.
 */

export type Rebuilt<T> = { ok: true; served: T } | { ok: false; error: Error; served: T };

export class EngineHolder<T> {
  private value: T;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    initial: T,
    /** Makes a new value visible where it is read (the runtime's handle, the services); must not throw. */
    private readonly install: (next: T, previous: T) => void = () => {},
  ) {
    this.value = initial;
  }

  get served(): T {
    return this.value;
  }

  rebuild(build: (current: T) => T | Promise<T>): Promise<Rebuilt<T>> {
    const run = this.queue.then(async (): Promise<Rebuilt<T>> => {
      const previous = this.value;
      let next: T;
      try {
        next = await build(previous);
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error : new Error(String(error)), served: previous };
      }
      this.value = next;
      this.install(next, previous);
      return { ok: true, served: next };
    });
    this.queue = run;
    return run;
  }
}
