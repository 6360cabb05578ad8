/**
 * Order pages use only the random part of the id in their URL (`/orders/<22 chars>`); the
 * global id is rebuilt from it. Anything else in the segment is no order at all.
 */
const PREFIX = 'gid://shop/Order/';
const TAIL = /^[\w-]{16,64}$/;

export function orderPathSegment(orderId: string): string | null {
  if (!orderId.startsWith(PREFIX)) return null;
  const tail = orderId.slice(PREFIX.length);
  return TAIL.test(tail) ? tail : null;
}

export function orderIdFromSegment(segment: string): string | null {
  return TAIL.test(segment) ? `${PREFIX}${segment}` : null;
}
