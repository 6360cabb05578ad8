import type postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, gateStatements, statementGateMetrics } from './statement-gate.js';

const value = async (metric: { get(): Promise<{ values: Array<{ value: number }> }> }) =>
  (await metric.get()).values[0]?.value ?? 0;

describe('gateStatements', () => {
  it('refuses past its limit, and the metrics show the statements in flight and the refusals', async () => {
    let finish!: () => void;
    const pending = new Promise<void>((resolve) => (finish = resolve));
    const client = { unsafe: () => pending } as unknown as postgres.Sql;
    const gated = gateStatements(client, 1);
    const metrics = statementGateMetrics();
    const refusedBefore = await value(metrics.refused);
    const inFlightBefore = await value(metrics.inFlight);

    const first = gated.unsafe('select 1');
    expect(await value(metrics.inFlight)).toBe(inFlightBefore + 1);
    expect(() => gated.unsafe('select 2')).toThrow(DatabaseBusyError);
    expect(await value(metrics.refused)).toBe(refusedBefore + 1);

    finish();
    await first;
    await Promise.resolve();
    expect(await value(metrics.inFlight)).toBe(inFlightBefore);
  });
});
