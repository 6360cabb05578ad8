import type { ExecutionResult } from 'graphql';
import { expect, it, vi } from 'vitest';
import { useSubgraphCircuitBreaker } from './upstream.js';

// The breaker's states, driven through the hook the gateway calls for every subgraph request.

type Call = () => Promise<ExecutionResult>;

function harness(failures: number, resetMs: number) {
  const plugin = useSubgraphCircuitBreaker({ timeoutMs: 1_000, breakerFailures: failures, breakerResetMs: resetMs });
  let calls = 0;
  /** One subgraph request whose upstream answer is `upstream`; returns what the gateway gets. */
  return {
    get calls() {
      return calls;
    },
    async send(subgraphName: string, upstream: Call): Promise<ExecutionResult> {
      let executor = (async () => {
        calls += 1;
        return upstream();
      }) as unknown as (request: unknown) => Promise<ExecutionResult>;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook's payload has many fields the breaker ignores
      (plugin.onSubgraphExecute as any)({
        subgraphName,
        executor,
        setExecutor: (next: typeof executor) => (executor = next),
      });
      return executor({});
    },
  };
}

const ok: Call = async () => ({ data: { ok: true } });
const down: Call = async () =>
  ({
    errors: [{ message: 'fetch failed', extensions: { code: 'SUBREQUEST_HTTP_ERROR' } }],
  }) as unknown as ExecutionResult;
const resolverError: Call = async () =>
  ({ data: null, errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' } }] }) as unknown as ExecutionResult;
const codeOf = (result: ExecutionResult) => result.errors?.[0]?.extensions?.code;

it('opens after the failures in a row, then fails fast without calling the subgraph', async () => {
  const breaker = harness(3, 10_000);
  // A failed call answers the coded SUBGRAPH_UNAVAILABLE (the transport's own error would be masked).
  for (let i = 0; i < 3; i += 1) expect(codeOf(await breaker.send('inventory', down))).toBe('SUBGRAPH_UNAVAILABLE');
  expect(breaker.calls).toBe(3);
  expect(codeOf(await breaker.send('inventory', ok))).toBe('SUBGRAPH_UNAVAILABLE');
  expect(breaker.calls).toBe(3);
  // Another subgraph is not affected.
  expect(await breaker.send('catalog', ok)).toEqual({ data: { ok: true } });
});

it('counts only failures in a row, and not errors a resolver raised', async () => {
  const breaker = harness(2, 10_000);
  await breaker.send('inventory', down);
  await breaker.send('inventory', ok);
  await breaker.send('inventory', down);
  await breaker.send('inventory', resolverError);
  await breaker.send('inventory', resolverError);
  expect(await breaker.send('inventory', ok)).toEqual({ data: { ok: true } });
});

it('lets one trial through after the reset time: success closes, failure reopens', async () => {
  // The breaker's clock is Date.now(), moved by hand: with real sleeps of a 50 ms reset time, a
  // loaded CI machine that stalls a few tens of ms between two sends let the trial through early.
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    const breaker = harness(1, 50);
    await breaker.send('inventory', down);
    vi.advanceTimersByTime(49);
    expect(codeOf(await breaker.send('inventory', ok))).toBe('SUBGRAPH_UNAVAILABLE');
    vi.advanceTimersByTime(1);
    expect(codeOf(await breaker.send('inventory', down))).toBe('SUBGRAPH_UNAVAILABLE'); // the trial
    expect(breaker.calls).toBe(2);
    expect(codeOf(await breaker.send('inventory', ok))).toBe('SUBGRAPH_UNAVAILABLE'); // reopened
    vi.advanceTimersByTime(49);
    expect(codeOf(await breaker.send('inventory', ok))).toBe('SUBGRAPH_UNAVAILABLE'); // the reset time starts again
    vi.advanceTimersByTime(1);
    expect(await breaker.send('inventory', ok)).toEqual({ data: { ok: true } }); // the trial closes it
    expect(await breaker.send('inventory', ok)).toEqual({ data: { ok: true } });
    expect(breaker.calls).toBe(4);
  } finally {
    vi.useRealTimers();
  }
});
