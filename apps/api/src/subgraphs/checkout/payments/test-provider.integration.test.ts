import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../../../platform/db/client.js';
import { findQueuedJobs } from '../../../platform/queue/queued-jobs.js';
import { createPaymentRouter, type PaymentRouter } from './router.js';
import { createTestProvider } from './test-provider.js';
import { countTestCharges } from './test-provider-store.js';
import { queueUncertainVoid, voidUncertainCharge } from './void-charge-task.js';

let database: Database;
let payments: PaymentRouter;
beforeAll(() => {
  database = connectDatabase(inject('databaseUrl'), { max: 4 });
  payments = createPaymentRouter({
    providers: [createTestProvider(database.db)],
    timeoutMs: 300,
    breakerFailures: 100,
    breakerHalfOpenMs: 1000,
    onUncertainCharge: queueUncertainVoid(database.db),
  });
});
afterAll(() => database.close());

const attemptId = () => `att_${randomBytes(16).toString('base64url')}`;
const charge = (token: string, id = attemptId()) =>
  payments.charge({ attemptId: id, amount: '59.90', currencyCode: 'EUR', provider: 'test', token, description: 'x' });

describe('the test provider', () => {
  it('approves tok_approve…, once per attempt, and looks the charge up afterwards', async () => {
    const id = attemptId();
    const first = await charge('tok_approve_visa', id);
    expect(first).toMatchObject({ status: 'succeeded', providerId: 'test' });
    // Same attempt again (a retry): the same charge, not a second one.
    expect(await charge('tok_approve_visa', id)).toEqual(first);
    expect(await countTestCharges(database.db, { attemptId: id })).toEqual({ charged: 1, voided: 0, declined: 0 });
    expect(await payments.lookup('test', id)).toBe('succeeded');
  });

  it('declines tok_decline… with a message', async () => {
    const id = attemptId();
    expect(await charge('tok_decline_insufficient', id)).toEqual({
      status: 'declined',
      providerId: 'test',
      message: 'The card was declined.',
    });
    expect(await payments.lookup('test', id)).toBe('failed');
  });

  it('declines an unknown token, saying which tokens work', async () => {
    const outcome = await charge('4242424242424242');
    expect(outcome).toMatchObject({ status: 'declined', message: expect.stringContaining('tok_approve') });
  });

  it('never answers tok_timeout…: the router gives up in time, voids the charge and queues a later void', async () => {
    const id = attemptId();
    const started = Date.now();
    expect(await charge('tok_timeout_slow', id)).toEqual({ status: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(5_000); // 300 ms timeout, room for a loaded machine
    await expect
      .poll(() => countTestCharges(database.db, { attemptId: id }))
      .toEqual({
        charged: 1,
        voided: 1,
        declined: 0,
      });
    expect(await payments.lookup('test', id)).toBe('failed');
    const jobs = await findQueuedJobs(database.db, { key: `void:test:${id}` });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ task: 'checkout.void-charge', payload: { providerId: 'test', attemptId: id } });
  });

  it('lookup sees a charge made by another process (a fresh provider on another connection)', async () => {
    const id = attemptId();
    await charge('tok_approve', id);
    const other = connectDatabase(inject('databaseUrl'), { max: 1 });
    try {
      const restarted = createTestProvider(other.db);
      expect(await restarted.lookup(id, AbortSignal.timeout(1000))).toBe('succeeded');
      expect(await restarted.lookup(attemptId(), AbortSignal.timeout(1000))).toBe('failed');
      // The queued void (checkout.void-charge) ends it; twice is harmless.
      await voidUncertainCharge(payments, { providerId: 'test', attemptId: id });
      await voidUncertainCharge(payments, { providerId: 'test', attemptId: id });
      expect(await restarted.lookup(id, AbortSignal.timeout(1000))).toBe('failed');
    } finally {
      await other.close();
    }
  });
});
