import { buildASTSchema, getNamedType, isObjectType, isInterfaceType, parse } from 'graphql';

/**
 * Types that belong to one person or to staff: a response holding one is never cached (the
 * plugin's `ignoredTypes`), and a field returning one makes its whole document uncacheable
 * (TTL 0), so that even its anonymous null (`{ customer }` without a token) is asked afresh.
 * Carts and checkouts are reached by an unguessable id without a sign-in: private all the same.
 */
export const PRIVATE_TYPES = [
  'Cart',
  'CartLine',
  'CartLineConnection',
  'CartBuyerIdentity',
  'CartCost',
  'CartPayload',
  'Checkout',
  'CheckoutCost',
  'CheckoutPayload',
  'CheckoutCompletePayload',
  'ShippingRate',
  'Order',
  'OrderLine',
  'OrderConnection',
  'Customer',
  'CustomerAccessToken',
  'MailingAddress',
  'MailingAddressConnection',
  'StaffMember',
  'StaffAccessTokenCreatePayload',
  'PageRevision',
  'PageExperiment',
] as const;

/** Staff-only fields whose type is public: never cached either. */
const PRIVATE_FIELDS = ['Query.pages'];

/** Fields that show stock: a response holding one lives at most the stock bound. */
const STOCK_FIELDS = new Set(['quantityAvailable', 'availableForSale']);

/**
 * The plugin's TTL per schema coordinate, from the supergraph: 0 for every field returning a
 * private type (and PRIVATE_FIELDS), `stockTtlMs` for every stock field. The plugin takes the
 * smallest TTL of all fields a document selects, so one such field bounds the whole response.
 */
export function ttlPerSchemaCoordinate(supergraph: string, stockTtlMs: number): Record<string, number> {
  const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
  const privateTypes = new Set<string>(PRIVATE_TYPES);
  const ttl: Record<string, number> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (privateTypes.has(getNamedType(field.type).name)) ttl[coordinate] = 0;
      else if (STOCK_FIELDS.has(field.name)) ttl[coordinate] = stockTtlMs;
    }
  }
  for (const coordinate of PRIVATE_FIELDS) ttl[coordinate] = 0;
  return ttl;
}
