import type { ExecutionResult } from 'graphql';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useSubgraphTimeout } from './upstream.js';

// The per-call deadline, driven through the hook the gateway calls for every subgraph request.

type Executor = (request: { signal?: AbortSignal }) => Promise<ExecutionResult>;

function withTimeout(timeoutMs: number, upstream: Executor): Executor {
  let executor = upstream;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook's payload has many fields the timeout ignores
  (useSubgraphTimeout({ timeoutMs }).onSubgraphExecute as any)({
    subgraphName: 'inventory',
    executor,
    setExecutor: (next: Executor) => (executor = next),
  });
  return executor;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('answers GATEWAY_TIMEOUT when the subgraph is too slow, and aborts its call', async () => {
  let seen: AbortSignal | undefined;
  const hung: Executor = (request) => {
    seen = request.signal;
    return new Promise(() => {});
  };
  const answer = withTimeout(1_000, hung)({});
  await vi.advanceTimersByTimeAsync(999);
  expect(seen?.aborted).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  const result = await answer;
  expect(result.errors?.[0]?.extensions?.code).toBe('GATEWAY_TIMEOUT');
  // The message names neither the subgraph's URL nor the query sent to it.
  expect(result.errors?.[0]?.message).toBe('A service this query needs did not answer in time; try again shortly.');
  expect(seen?.aborted).toBe(true);
});

it('passes a timely answer through and leaves no timer behind', async () => {
  const result = await withTimeout(1_000, async () => ({ data: { ok: true } }))({});
  expect(result).toEqual({ data: { ok: true } });
  expect(vi.getTimerCount()).toBe(0);
});

it('still aborts the call when the gateway cancels it', async () => {
  let seen: AbortSignal | undefined;
  const cancel = new AbortController();
  void withTimeout(1_000, (request) => {
    seen = request.signal;
    return new Promise(() => {});
  })({ signal: cancel.signal });
  cancel.abort();
  expect(seen?.aborted).toBe(true);
});
