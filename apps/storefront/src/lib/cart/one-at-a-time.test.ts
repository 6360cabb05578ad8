import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('oneAtATime', () => {
  it('ignores a second call while the first is on its way (a double click adds one unit, not two)', async () => {
    const pending = deferred();
    let calls = 0;
    const busy = { current: false };
    const add = () =>
      oneAtATime(busy, () => {
        calls += 1;
        return pending.promise;
      });
    const first = add();
    const second = add();
    expect(calls).toBe(1);
    expect(busy.current).toBe(true);
    pending.resolve();
    await Promise.all([first, second]);
    expect(busy.current).toBe(false);
    await add();
    expect(calls).toBe(2);
  });

  it('frees the action again when it fails', async () => {
    const busy = { current: false };
    const fail = () => oneAtATime(busy, () => Promise.reject(new Error('offline')));
    await expect(fail()).rejects.toThrow('offline');
    expect(busy.current).toBe(false);
  });
});
