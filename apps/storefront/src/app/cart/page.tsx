import { EmptyState, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Cart', robots: { index: false } };

// The cart domain is not built yet; until it is, there is never anything in the cart.
export default function CartPage() {
  return (
    <>
      <PageHeading title="Cart" />
      <EmptyState title="Your cart is empty" action={{ label: 'Continue shopping', href: '/' }} />
    </>
  );
}
