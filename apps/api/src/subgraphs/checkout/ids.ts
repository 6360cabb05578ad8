import { toGlobalId } from '../../platform/graphql/global-id.js';

// Checkout, order and payment attempt ids are opaque (platform/graphql/opaque-id.ts): for a
// guest, holding the id is what grants access, so it must not be guessable.

export const checkoutGlobalId = (id: string) => toGlobalId('Checkout', id);
export const orderGlobalId = (id: string) => toGlobalId('Order', id);
