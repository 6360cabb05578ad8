import { PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { CartPageView } from '@/components/cart/cart-page-view';
import { beginCheckout } from './actions';

export const metadata: Metadata = { title: 'Cart', robots: { index: false, follow: false } };

// Personal: Next.js sends `private, no-store` for a dynamic page, and the edge passes /cart.
// The lines come from /api/cart in the browser, the same as the drawer's.
export const dynamic = 'force-dynamic';

export default function CartPage() {
  return (
    <>
      <PageHeading title="Cart" />
      <CartPageView beginCheckout={beginCheckout} />
    </>
  );
}
