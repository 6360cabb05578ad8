import type { Db } from '../../platform/db/client.js';
import type { Mailer } from '../../platform/mail/index.js';
import { getShop } from '../catalog/index.js';
import { renderOrderConfirmation } from './emails/order-confirmation.js';
import { findOrderLinesByOrderIds, markConfirmationSent } from './repository.js';

/**
 * The order-confirmation job. The sent marker is set in the same transaction that sends: a
 * failed send rolls it back (the job retries), a retried or duplicate job finds it set and sends
 * nothing, and two runs at once wait on the order's row lock.
 */
export async function sendOrderConfirmation(
  db: Db,
  mail: Pick<Mailer, 'send'>,
  orderId: string,
  now: Date,
): Promise<boolean> {
  const shop = await getShop(db);
  return db.transaction(async (tx) => {
    const order = await markConfirmationSent(tx, orderId, now);
    if (!order) return false;
    const lines = await findOrderLinesByOrderIds(tx, [orderId]);
    const email = renderOrderConfirmation(order, lines, shop.name);
    await mail.send({ to: order.email, subject: email.subject, html: email.html, text: email.text });
    return true;
  });
}
