import { opaqueIdFrom, randomPartOf } from '../opaque-id';

/**
 * Order pages use only the random part of the id in their URL (`/orders/<22 chars>`); the
 * global id is rebuilt from it. Anything else in the segment is no order at all.
 */
export function orderPathSegment(orderId: string): string | null {
  return randomPartOf('Order', orderId);
}

export function orderIdFromSegment(segment: string): string | null {
  return opaqueIdFrom('Order', segment);
}
