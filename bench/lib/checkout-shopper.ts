// What one shopper does, start to finish, and what one cart edit is: the tasks the load runs.
import { randomUUID } from 'node:crypto';
import {
  CART_CREATE,
  CART_LINES_ADD,
  CART_LINES_UPDATE,
  CHECKOUT_COMPLETE,
  CHECKOUT_START,
  CHECKOUT_UPDATE,
} from './checkout-operations.js';
import { createTally, sendStep, type StepTally, type UserError } from './checkout-requests.js';
import { ADDRESS, PAYMENT, SHIPPING_RATE } from './checkout-settings.js';

export const variantGid = (variantId: number) => `gid://shop/ProductVariant/${variantId}`;

export interface ShopperSteps {
  cartCreate: StepTally;
  checkoutStart: StepTally;
  checkoutUpdate: StepTally;
  checkoutComplete: StepTally;
}

export const createShopperSteps = (): ShopperSteps => ({
  cartCreate: createTally('cartCreate'),
  checkoutStart: createTally('checkoutStart'),
  checkoutUpdate: createTally('checkoutUpdate'),
  checkoutComplete: createTally('checkoutComplete'),
});

/**
 * How a shopper's visit ended: `ordered`, `<step>:<first userError code>`, `<step>:failed` (the
 * request itself failed) or `checkoutUpdate:not-ready`.
 */
export type Outcome = string;

/** In a flash sale, being told "sold out" at any step is the system working. */
export const SOLD_OUT_OUTCOMES = new Set([
  'cartCreate:NOT_ENOUGH_STOCK',
  'checkoutStart:NOT_ENOUGH_STOCK',
  'checkoutComplete:NOT_ENOUGH_STOCK',
]);

type CartPayload = { cart: { id: string; lines: { nodes: Array<{ id: string }> } } | null; userErrors: UserError[] };
type CheckoutPayload = { checkout: { id: string; ready: boolean } | null; userErrors: UserError[] };
type CompletePayload = { order: { id: string; number: number } | null; userErrors: UserError[] };

const refused = (step: string, errors: UserError[]) => `${step}:${errors[0]?.code ?? 'NO_CODE'}`;

/** One shopper buying one unit of `variantId` as a guest: cart, checkout, details, payment with its own key. */
export async function runShopper(
  gatewayUrl: string,
  steps: ShopperSteps,
  variantId: number,
  shopper: number,
): Promise<Outcome> {
  const created = await sendStep<CartPayload>(
    steps.cartCreate,
    gatewayUrl,
    CART_CREATE,
    { input: { lines: [{ merchandiseId: variantGid(variantId), quantity: 1 }] } },
    'cartCreate',
  );
  if (!created) return 'cartCreate:failed';
  if (created.userErrors.length || !created.cart) return refused('cartCreate', created.userErrors);

  const started = await sendStep<CheckoutPayload>(
    steps.checkoutStart,
    gatewayUrl,
    CHECKOUT_START,
    { cartId: created.cart.id },
    'checkoutStart',
  );
  if (!started) return 'checkoutStart:failed';
  if (started.userErrors.length || !started.checkout) return refused('checkoutStart', started.userErrors);
  const checkoutId = started.checkout.id;

  const updated = await sendStep<CheckoutPayload>(
    steps.checkoutUpdate,
    gatewayUrl,
    CHECKOUT_UPDATE,
    {
      checkoutId,
      input: {
        email: `shopper-${shopper}@bench.example.com`,
        shippingAddress: ADDRESS,
        shippingRateHandle: SHIPPING_RATE,
      },
    },
    'checkoutUpdate',
  );
  if (!updated) return 'checkoutUpdate:failed';
  if (updated.userErrors.length || !updated.checkout) return refused('checkoutUpdate', updated.userErrors);
  if (!updated.checkout.ready) return 'checkoutUpdate:not-ready';

  const completed = await sendStep<CompletePayload>(
    steps.checkoutComplete,
    gatewayUrl,
    CHECKOUT_COMPLETE,
    { checkoutId, payment: PAYMENT, idempotencyKey: randomUUID() },
    'checkoutComplete',
  );
  if (!completed) return 'checkoutComplete:failed';
  if (completed.userErrors.length || !completed.order) return refused('checkoutComplete', completed.userErrors);
  return 'ordered';
}

export interface MutationCart {
  cartId: string;
  lineId: string;
  variantId: number;
}

/** A cart with one line of `variantId`, for the cart-mutation scenario; null (counted) if it failed. */
export async function createMutationCart(
  gatewayUrl: string,
  tally: StepTally,
  variantId: number,
): Promise<MutationCart | null> {
  const created = await sendStep<CartPayload>(
    tally,
    gatewayUrl,
    CART_CREATE,
    { input: { lines: [{ merchandiseId: variantGid(variantId), quantity: 1 }] } },
    'cartCreate',
  );
  const lineId = created?.cart?.lines.nodes[0]?.id;
  if (!created?.cart || created.userErrors.length || !lineId) return null;
  return { cartId: created.cart.id, lineId, variantId };
}

/**
 * Adds one unit to the cart's line, then sets it back to one: the quantity stays small however
 * long the run, so every edit is accepted. Returns false if either was refused or failed.
 */
export async function editCart(
  gatewayUrl: string,
  tallies: { add: StepTally; update: StepTally },
  cart: MutationCart,
): Promise<boolean> {
  const added = await sendStep<CartPayload>(
    tallies.add,
    gatewayUrl,
    CART_LINES_ADD,
    { cartId: cart.cartId, lines: [{ merchandiseId: variantGid(cart.variantId), quantity: 1 }] },
    'cartLinesAdd',
  );
  if (!added || added.userErrors.length) return false;
  const updated = await sendStep<CartPayload>(
    tallies.update,
    gatewayUrl,
    CART_LINES_UPDATE,
    { cartId: cart.cartId, lines: [{ id: cart.lineId, quantity: 1 }] },
    'cartLinesUpdate',
  );
  return !!updated && updated.userErrors.length === 0;
}
