import { isShippingCountry } from '../cart/index.js';
import { checkAddress, isValidEmail, normalizeEmail } from '../customers/index.js';
import type { CheckoutContext } from './context.js';
import type { CheckoutUpdateInput } from './generated/resolvers-types.js';
import { loadVisibleCheckout } from './load-visible.js';
import { quoteCheckout } from './pricing.js';
import { updateOpenCheckout, type CheckoutPatch } from './repository.js';
import { toAddressJson, userError, type CheckoutUserError } from './rules.js';
import type { CheckoutResult } from './start-checkout.js';

const HANDLE_MAX_LENGTH = 64;

const alreadyCompleted = () =>
  userError('ALREADY_COMPLETED', 'This checkout has already become an order.', ['checkoutId']);

/**
 * checkoutUpdate: validates each given field (the email's form, the address as customers
 * validates a saved one plus a country the shop ships to, a rate offered for that address) and
 * saves them together, or nothing when any is refused. A rate no longer offered for a new
 * address is cleared.
 */
export async function updateCheckout(
  context: CheckoutContext,
  checkoutGlobalId: string,
  input: CheckoutUpdateInput,
): Promise<CheckoutResult> {
  const found = await loadVisibleCheckout(context, checkoutGlobalId, ['checkoutId']);
  if (!found.ok) return { checkout: null, userErrors: [found.error] };
  const checkout = found.checkout;
  if (checkout.status === 'completed') return { checkout: null, userErrors: [alreadyCompleted()] };

  const errors: CheckoutUserError[] = [];
  const patch: CheckoutPatch = {};
  if (input.email != null) {
    const email = normalizeEmail(input.email);
    if (!isValidEmail(email)) errors.push(userError('INVALID', 'Enter a valid email address.', ['input', 'email']));
    else patch.email = email;
  }
  if (input.shippingAddress != null) {
    const checked = checkAddress(input.shippingAddress, ['input', 'shippingAddress']);
    if (!checked.ok) errors.push(...checked.errors.map((error) => userError('INVALID', error.message, error.field)));
    else if (!(await isShippingCountry(context.db, checked.value.countryCode!)))
      errors.push(userError('INVALID', 'We do not ship to this country.', ['input', 'shippingAddress', 'countryCode']));
    else patch.shippingAddress = toAddressJson(checked.value);
  }
  if (input.shippingRateHandle != null) {
    const handle = input.shippingRateHandle.trim();
    if (handle.length === 0 || handle.length > HANDLE_MAX_LENGTH)
      errors.push(userError('INVALID', 'Choose one of the offered shipping rates.', ['input', 'shippingRateHandle']));
    else patch.shippingRateHandle = handle;
  }
  if (errors.length > 0) return { checkout: null, userErrors: errors };

  // Which rates are offered depends on the (new) address and the subtotal: check on the result.
  const candidate = { ...checkout, ...patch };
  if (candidate.shippingRateHandle) {
    const quote = await quoteCheckout(
      context.db,
      candidate,
      await context.loaders.shippingRates(),
      context.services.now(),
    );
    if (!quote.rate) {
      if (patch.shippingRateHandle !== undefined)
        return {
          checkout: null,
          userErrors: [
            userError('INVALID', 'This shipping rate is not offered for this address.', [
              'input',
              'shippingRateHandle',
            ]),
          ],
        };
      patch.shippingRateHandle = null;
    }
  }
  const updated = await updateOpenCheckout(context.db, checkout.id, patch);
  if (!updated) return { checkout: null, userErrors: [alreadyCompleted()] };
  return { checkout: updated, userErrors: [] };
}
