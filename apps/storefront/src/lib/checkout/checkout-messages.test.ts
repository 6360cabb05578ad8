import { describe, expect, it } from 'vitest';
import { CHECKOUT_ERROR_CODES, checkoutMessage } from './checkout-messages';

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
