import { setTimeout as sleep } from 'node:timers/promises';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { consumeDiscountUse } from '../cart/index.js';
import { extendHold, reserveStock } from '../inventory/index.js';
import { isVisibleTo } from '../../platform/ownership.js';
import { attemptErrors, outcomePending } from './attempt-outcome.js';
import type { CheckoutContext } from './context.js';
import type { PaymentInput } from './generated/resolvers-types.js';
import { newOpaqueId, opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import { checkoutNotFound } from './load-visible.js';
import { draftOrder, quoteCheckout } from './pricing.js';
import { Refusal } from './refusal.js';
import {
  findAttemptById,
  findAttemptByKey,
  findChargingAttempt,
  findCheckoutLinesByCheckoutIds,
  findOrdersByIds,
  findShippingRates,
  insertAttempt,
  lockCheckout,
  setReservedUntil,
} from './repository.js';
import { formatCents } from '../../platform/money.js';
import {
  holdQuantities,
  IDEMPOTENCY_KEY_RULE,
  isValidIdempotencyKey,
  missingForCompletion,
  reservationAlive,
  shortfallErrors,
  userError,
  type CheckoutUserError,
} from './rules.js';
import { settleCharge, type ChargeResult } from './settle-charge.js';
import type { OrderRow, PaymentAttemptRow } from './tables.js';

export type CompleteResult = { order: OrderRow; userErrors: [] } | { order: null; userErrors: CheckoutUserError[] };

const TOKEN_MAX_LENGTH = 255;
const usedUp = (code: string) =>
  userError('INVALID', `The discount code ${code} has reached its usage limit; remove it to continue.`, [
    'discountCodes',
  ]);
const refused = (userErrors: CheckoutUserError[]): CompleteResult => ({ order: null, userErrors });

/**
 * checkoutComplete, as docs/checkout.md describes: (A) one transaction under the checkout's row
 * lock decides whether to charge at all and records the attempt; (B) the charge, with no
 * transaction open; (C) one transaction settles it. The same key always yields the same answer;
 * a second key for the same checkout cannot charge twice.
 */
export async function completeCheckout(
  context: CheckoutContext,
  args: { checkoutId: string; payment: PaymentInput; idempotencyKey: string },
): Promise<CompleteResult> {
  const id = opaqueIdOf(args.checkoutId, 'Checkout');
  if (id === 'malformed') return refused([userError('INVALID', 'This is not a checkout id.', ['checkoutId'])]);
  if (id === null) return refused([checkoutNotFound()]);
  if (!isValidIdempotencyKey(args.idempotencyKey))
    return refused([userError('INVALID', IDEMPOTENCY_KEY_RULE, ['idempotencyKey'])]);
  const { payments } = context.services;
  if (!payments.has(args.payment.provider))
    return refused([userError('INVALID', 'This payment provider is not available.', ['payment', 'provider'])]);
  if (args.payment.token.length === 0 || args.payment.token.length > TOKEN_MAX_LENGTH)
    return refused([userError('INVALID', 'The payment token is not valid.', ['payment', 'token'])]);

  const decided = await decide(context, id, args);
  if ('answer' in decided) return decided.answer;
  if ('wait' in decided) return waitForAttempt(context, decided.wait);

  const attempt = decided.charge;
  let result: ChargeResult;
  try {
    const outcome = await payments.charge({
      attemptId: attempt.id,
      amount: attempt.amount,
      currencyCode: attempt.currencyCode,
      provider: args.payment.provider,
      token: args.payment.token,
      description: `Checkout ${attempt.checkoutId}`,
    });
    result =
      outcome.status === 'succeeded'
        ? { status: 'succeeded', providerId: outcome.providerId, reference: outcome.reference }
        : outcome.status === 'declined'
          ? { status: 'declined', providerId: outcome.providerId, message: outcome.message }
          : { status: 'failed', providerId: null, message: 'No payment provider can take the payment right now.' };
  } catch {
    // The router answers `unavailable` for every provider failure it knows; anything else leaves
    // the outcome unknown: the attempt stays charging and the repair job asks the provider.
    return refused([
      outcomePending('The payment could not be confirmed yet; try again with the same idempotency key shortly.'),
    ]);
  }
  return context.services.admission.run(async () =>
    answerFor(context, await settleCharge(context.db, payments, attempt, result)),
  );
}

type Decision = { answer: CompleteResult } | { wait: string } | { charge: PaymentAttemptRow };

/** Step A: everything that can refuse without charging, then the attempt, in one transaction. */
async function decide(
  context: CheckoutContext,
  checkoutId: string,
  args: { payment: PaymentInput; idempotencyKey: string },
): Promise<Decision> {
  const { db, services } = context;
  try {
    return await services.admission.run(() =>
      db.transaction(async (tx): Promise<Decision> => {
        const checkout = await lockCheckout(tx, checkoutId);
        if (!checkout || !isVisibleTo(context.identity, checkout)) return { answer: refused([checkoutNotFound()]) };
        const earlier = await findAttemptByKey(tx, args.idempotencyKey);
        if (earlier && earlier.checkoutId !== checkout.id)
          return {
            answer: refused([
              userError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for another checkout.', [
                'idempotencyKey',
              ]),
            ]),
          };
        if (earlier)
          return earlier.state === 'charging' ? { wait: earlier.id } : { answer: await answerFor(context, earlier) };
        if (checkout.status === 'completed')
          return {
            answer: refused([
              userError('ALREADY_COMPLETED', 'This checkout has already become an order.', ['checkoutId']),
            ]),
          };
        if (await findChargingAttempt(tx, checkout.id))
          return {
            answer: refused([
              userError('INVALID', 'A payment for this checkout is already under way; wait for its result.', [
                'idempotencyKey',
              ]),
            ]),
          };
        const missing = missingForCompletion(checkout);
        if (missing.length > 0) return { answer: refused(missing) };

        const now = services.now();
        const quote = await quoteCheckout(tx, checkout, await findShippingRates(tx), now);
        if (!quote.rate)
          return {
            answer: refused([
              userError('MISSING_SHIPPING_RATE', 'The chosen shipping rate is no longer offered; choose another.', [
                'shippingRateHandle',
              ]),
            ]),
          };
        const holdUntil = new Date(
          Math.max(
            checkout.reservedUntil?.getTime() ?? 0,
            now.getTime() + services.settings.chargeHoldMinutes * 60_000,
          ),
        );
        // Untracked items hold nothing, so "no live hold" also covers them: reserving again is a no-op then.
        if (!reservationAlive(checkout, now) || !(await extendHold(tx, checkout.id, holdUntil)))
          await renewExpiredHold(tx, checkout.id, holdUntil);
        await setReservedUntil(tx, checkout.id, holdUntil);
        await enqueueJob(
          tx,
          'checkout.expire-reservation',
          { checkoutId: checkout.id },
          { runAt: holdUntil, jobKey: `expire:${checkout.id}`, jobKeyMode: 'replace' },
        );

        // A code used up since the shopper saw its discount: refuse rather than charge more than shown.
        const exhausted = quote.pricing.discountCodes.find((code) => code.reason === 'EXHAUSTED');
        if (exhausted) throw new Refusal([usedUp(exhausted.code)]);
        const codes = quote.pricing.discountCodes.filter((code) => code.applicable).map((code) => code.code);
        for (const code of codes) if (!(await consumeDiscountUse(tx, code))) throw new Refusal([usedUp(code)]);
        const attempt = await insertAttempt(tx, {
          id: newOpaqueId(),
          idempotencyKey: args.idempotencyKey,
          checkoutId: checkout.id,
          provider: args.payment.provider,
          amount: formatCents(quote.totals.totalCents),
          currencyCode: quote.totals.currencyCode,
          discountCodes: codes,
          orderDraft: draftOrder(checkout, quote),
        });
        // Taken since we looked: only another checkout can have, as this one is locked.
        if (!attempt)
          throw new Refusal([
            userError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for another checkout.', [
              'idempotencyKey',
            ]),
          ]);
        await enqueueJob(
          tx,
          'checkout.repair-attempt',
          { attemptId: attempt.id },
          {
            runAt: new Date(now.getTime() + services.settings.repairDelaySeconds * 1000),
            jobKey: `repair:${attempt.id}`,
          },
        );
        return { charge: attempt };
      }),
    );
  } catch (error) {
    if (error instanceof Refusal) return { answer: refused(error.errors) };
    throw error;
  }
}

/** The hold ran out: take the stock again if it is still there. */
async function renewExpiredHold(tx: Parameters<typeof reserveStock>[0], checkoutId: string, until: Date) {
  const lines = await findCheckoutLinesByCheckoutIds(tx, [checkoutId]);
  const held = await reserveStock(tx, checkoutId, holdQuantities(lines), until);
  if (held.ok) return;
  throw new Refusal([
    userError(
      'RESERVATION_EXPIRED',
      'Your reservation expired and some items sold out meanwhile; review your cart and start checkout again.',
    ),
    ...shortfallErrors(
      held.shortfalls,
      lines.map((line) => ({ variantId: line.variantId, lineGlobalId: toGlobalId('CartLine', line.cartLineId) })),
    ),
  ]);
}

/** The answer a settled attempt gives, every time its key comes back. */
async function answerFor(context: CheckoutContext, attempt: PaymentAttemptRow): Promise<CompleteResult> {
  if (attempt.state === 'succeeded' && attempt.orderId) {
    const [order] = await findOrdersByIds(context.db, [attempt.orderId]);
    if (order) return { order, userErrors: [] };
  }
  return refused(attemptErrors(attempt));
}

/**
 * Another request with the same key is charging: wait for its outcome (polling with backoff,
 * bounded below the gateway's subgraph timeout) and answer the same.
 */
async function waitForAttempt(context: CheckoutContext, attemptId: string): Promise<CompleteResult> {
  const deadline = Date.now() + context.services.settings.attemptWaitMs;
  let pause = 25;
  while (Date.now() < deadline) {
    await sleep(pause);
    pause = Math.min(pause * 2, 400);
    const attempt = await findAttemptById(context.db, attemptId);
    if (attempt && attempt.state !== 'charging') return answerFor(context, attempt);
  }
  return refused([
    outcomePending('The payment is still being confirmed; try again with the same idempotency key shortly.'),
  ]);
}
