/**
 * The engine holder swaps what is served whole: a value is installed only once it is built, a build that fails
 * leaves the served one, and rebuilds run one at a time in the order asked.
 */
import { describe, expect, it } from 'vitest';
import { EngineHolder } from '../../src/app/engine-holder.js';

interface Value {
  n: number;
}

describe('EngineHolder', () => {
  it('serves the old value while the new one is built, and installs the new one when it is', async () => {
    const installed: number[] = [];
    const holder = new EngineHolder<Value>({ n: 1 }, (next) => installed.push(next.n));
    const taken = holder.served;
    let finish: (v: Value) => void = () => {};
    const rebuilt = holder.rebuild(() => new Promise<Value>((resolve) => (finish = resolve)));
    await Promise.resolve();
    expect(holder.served).toBe(taken);
    finish({ n: 2 });
    expect((await rebuilt).ok).toBe(true);
    expect(holder.served.n).toBe(2);
    expect(installed).toEqual([2]);
    expect(taken.n).toBe(1);
  });

  it('keeps the served value when a build fails, and says why', async () => {
    const installed: number[] = [];
    const holder = new EngineHolder<Value>({ n: 1 }, (next) => installed.push(next.n));
    const before = holder.served;
    const rebuilt = await holder.rebuild(() => {
      throw new Error('index could not be built');
    });
    expect(rebuilt.ok).toBe(false);
    if (!rebuilt.ok) expect(rebuilt.error.message).toBe('index could not be built');
    expect(holder.served).toBe(before);
    expect(installed).toEqual([]);
  });

  it('runs rebuilds one at a time, each from the value the previous one served', async () => {
    const holder = new EngineHolder<Value>({ n: 0 });
    const seen: number[] = [];
    const slow = (current: Value) =>
      new Promise<Value>((resolve) => setTimeout(() => resolve({ n: current.n + 1 }), 20));
    const results = await Promise.all([
      holder.rebuild(slow),
      holder.rebuild((current) => {
        seen.push(current.n);
        throw new Error('bad');
      }),
      holder.rebuild(slow),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(seen).toEqual([1]);
    expect(holder.served.n).toBe(2);
  });
});
