import { FormMessage } from '@commerce/ui';
import type { StepMessage as StepMessageValue } from '@/lib/checkout/checkout-state';

/** A checkout error with the way on that its code calls for (back to the cart, the order…). */
export function StepMessage({ message }: { message: StepMessageValue }) {
  return (
    <FormMessage tone="error">
      {message.text}
      {message.recovery === 'cart' && (
        <>
          {' '}
          <a href="/cart">Return to your cart</a>
        </>
      )}
      {message.recovery === 'order' && (
        <>
          {' '}
          <a href="/checkout">See your order</a>
        </>
      )}
    </FormMessage>
  );
}
