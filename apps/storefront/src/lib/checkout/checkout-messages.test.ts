import { describe, expect, it } from 'vitest';
import { CHECKOUT_ERROR_CODES, checkoutMessage, paymentRefusal } from './checkout-messages';

describe('checkoutMessage', () => {
  it('has its own words for every CheckoutErrorCode of the contract', () => {
    expect(CHECKOUT_ERROR_CODES).toHaveLength(13);
    const texts = CHECKOUT_ERROR_CODES.filter((code) => code !== 'INVALID').map(
      (code) => checkoutMessage(code, 'api words').text,
    );
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.every((text) => text !== 'api words')).toBe(true);
  });

  it('says "sold out while you were checking out" and that nothing was charged', () => {
    const message = checkoutMessage('NOT_ENOUGH_STOCK', 'Only 0 left');
    expect(message.text).toMatch(/sold out while you were checking out/);
    expect(message.text).toMatch(/not been charged/);
    expect(message.recovery).toBe('cart');
  });

  it('lets the shopper retry a declined or unavailable payment', () => {
    expect(checkoutMessage('PAYMENT_DECLINED', '').recovery).toBe('retry-payment');
    expect(checkoutMessage('PAYMENT_UNAVAILABLE', '').recovery).toBe('retry-payment');
  });

  it("keeps the API's words for INVALID and for an error without a code", () => {
    expect(checkoutMessage('INVALID', 'The code SAVE5 has been used up.').text).toBe(
      'The code SAVE5 has been used up.',
    );
    expect(checkoutMessage(null, 'Something specific.').text).toBe('Something specific.');
  });
});

describe('paymentRefusal', () => {
  it('ends the attempt when the payment failed or was declined: the next Pay now is a new attempt', () => {
    const unavailable = paymentRefusal({ code: 'PAYMENT_UNAVAILABLE', message: 'No provider.', field: ['payment'] });
    expect(unavailable.attemptOver).toBe(true);
    expect(unavailable.message.text).toMatch(/not been charged/);
    expect(paymentRefusal({ code: 'PAYMENT_DECLINED', message: 'Declined.', field: ['payment'] }).attemptOver).toBe(
      true,
    );
  });

  it('keeps the attempt (its idempotency key) while the charge may still go through, and promises nothing', () => {
    const pending = paymentRefusal({
      code: 'PAYMENT_UNAVAILABLE',
      message: 'The payment is still being confirmed; try again with the same idempotency key shortly.',
      field: ['idempotencyKey'],
    });
    expect(pending.attemptOver).toBe(false);
    expect(pending.message.recovery).toBe('retry-payment');
    expect(pending.message.text).not.toMatch(/not been charged/);
    expect(pending.message.text).toMatch(/charged at most once/);
  });
});
