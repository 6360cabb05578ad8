import { ButtonLink, FormMessage, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrderDetail } from '@/components/orders/order-detail';
import styles from '@/components/orders/orders.module.css';
import { fetchOrder } from '@/lib/checkout/checkout-api';
import { orderIdFromSegment } from '@/lib/checkout/order-id';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import { GraphQLRequestError } from '@/lib/graphql/request';

export const metadata: Metadata = { title: 'Order confirmed', robots: { index: false, follow: false } };

// The confirmation page. Its URL holds the order's unguessable id, which is all a guest has to
// see it by (a signed-in customer's order shows only to them): personal, so `private, no-store`.
export const dynamic = 'force-dynamic';

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const orderId = orderIdFromSegment((await params).id);
  if (!orderId) notFound();
  let order;
  try {
    order = await fetchOrder(orderId);
  } catch (error) {
    // An id the API cannot read is no order, like a missing one.
    if (error instanceof GraphQLRequestError && error.isBadInput) notFound();
    return (
      <>
        <PageHeading title="Your order" />
        <FormMessage tone="error">{requestFailureMessage(error)}</FormMessage>
      </>
    );
  }
  if (!order) notFound();
  return (
    <div className={styles.confirmation}>
      <PageHeading title="Thank you for your order" subtitle={`We have sent a confirmation to ${order.email}.`} />
      <FormMessage tone="success">Your order #{order.number} is confirmed.</FormMessage>
      <OrderDetail order={order} />
      <ButtonLink href="/" variant="secondary">
        Continue shopping
      </ButtonLink>
    </div>
  );
}
