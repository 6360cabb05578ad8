import { randomBytes } from 'node:crypto';
import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import type { LookupStatus, PaymentProvider, ProviderChargeRequest, ProviderChargeResult } from './provider.js';
import { findTestCharge, recordTestCharge, voidTestCharge } from './test-provider-store.js';

/**
 * The `test` provider for development and tests, chosen by the token:
 * `tok_approve…` approves, `tok_decline…` declines, `tok_timeout…` is charged but never answers
 * (the answer "lost on the wire": the router's timeout fires and it must void), anything else is
 * declined with a message saying which tokens work.
 */
export function createTestProvider(db: DbExecutor, id = 'test'): PaymentProvider {
  return {
    id,
    kind: 'test',
    async charge(request: ProviderChargeRequest, signal: AbortSignal): Promise<ProviderChargeResult> {
      const outcome = request.token.startsWith('tok_approve') || request.token.startsWith('tok_timeout');
      const row = await recordTestCharge(db, {
        providerId: id,
        attemptId: request.attemptId,
        outcome: outcome ? 'succeeded' : 'declined',
        reference: `test_ch_${randomBytes(12).toString('base64url')}`,
        amount: request.amount,
        currencyCode: request.currencyCode,
        message: outcome ? null : declineMessage(request.token),
      });
      if (request.token.startsWith('tok_timeout')) await never(signal);
      // Like a provider's idempotency key: a repeated attempt gets the first answer.
      return row.outcome === 'succeeded'
        ? { status: 'succeeded', reference: row.reference }
        : { status: 'declined', message: row.message ?? 'The card was declined.' };
    },
    async lookup(attemptId: string): Promise<LookupStatus> {
      const row = await findTestCharge(db, id, attemptId);
      // The record is written before any answer, so no row means no charge was ever made.
      if (!row || row.outcome === 'declined' || row.voidedAt) return 'failed';
      return 'succeeded';
    },
    async void(attemptId: string): Promise<void> {
      await voidTestCharge(db, id, attemptId);
    },
  };
}

function declineMessage(token: string): string {
  return token.startsWith('tok_decline')
    ? 'The card was declined.'
    : 'Unknown test token: use tok_approve…, tok_decline… or tok_timeout….';
}

/** Waits until the caller gives up: the router's timeout aborts the signal. */
function never(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const abort = () => reject(signal.reason ?? new Error('aborted'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}
