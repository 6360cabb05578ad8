import { ButtonLink, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { OrderDetail } from '@/components/orders/order-detail';
import styles from '@/components/orders/orders.module.css';
import { fetchOrder } from '@/lib/checkout/checkout-api';
import { orderIdFromSegment } from '@/lib/checkout/order-id';
import { SIGN_IN_PATH } from '@/lib/customers/return-to';
import { readSessionToken } from '@/lib/customers/session';
import { GraphQLRequestError } from '@/lib/graphql/request';

export const metadata: Metadata = { title: 'Order' };

/** One of the signed-in customer's orders (another's, or a missing one, is a 404 alike). */
export default async function AccountOrderPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await readSessionToken())) redirect(SIGN_IN_PATH);
  const orderId = orderIdFromSegment((await params).id);
  const order = orderId ? await fetchOrder(orderId).catch(notFoundOnBadInput) : null;
  if (!order) notFound();
  return (
    <div className={styles.confirmation}>
      <PageHeading title={`Order #${order.number}`} />
      <OrderDetail order={order} headingLevel={2} />
      <ButtonLink href="/account" variant="secondary">
        Back to your account
      </ButtonLink>
    </div>
  );
}

/** An id the API cannot read is no order, like a missing one; other failures go to the error page. */
function notFoundOnBadInput(error: unknown): never {
  if (error instanceof GraphQLRequestError && error.isBadInput) notFound();
  throw error;
}
