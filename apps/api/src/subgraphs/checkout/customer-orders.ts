import { idOfType } from '../../platform/graphql/global-id.js';
import {
  decodeCursor,
  encodeCursor,
  pageRequest,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../platform/graphql/pagination.js';
import { isVisibleTo } from '../../platform/ownership.js';
import type { CheckoutContext } from './context.js';
import { findCustomerOrders, type OrderCursor } from './repository.js';
import type { OrderRow } from './tables.js';

/** The customers subgraph's Customer, as checkout receives it: only its id. */
export interface CustomerReference {
  id: string;
}

export type OrderPage = Connection<OrderRow>;

const isOrderCursor = (value: unknown): value is OrderCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as OrderCursor).createdAt === 'string' &&
  !Number.isNaN(Date.parse((value as OrderCursor).createdAt)) &&
  typeof (value as OrderCursor).id === 'string' &&
  (value as OrderCursor).id.length <= 64;

const empty: OrderPage = {
  edges: [],
  nodes: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};

function customerIdOf(globalId: string): number | null {
  try {
    return idOfType(globalId, 'Customer');
  } catch {
    return null;
  }
}

/**
 * `Customer.orders`, newest first, forward pagination (keyset on created_at, id). Only the
 * customer themselves sees them; anyone else gets an empty page, as for a customer without orders.
 */
export async function listCustomerOrders(
  context: CheckoutContext,
  customer: CustomerReference,
  args: PageArgs,
): Promise<OrderPage> {
  const request = pageRequest({ first: args.first, after: args.after }, (cursor, argument) =>
    decodeCursor(cursor, argument, isOrderCursor),
  );
  const id = customerIdOf(customer.id);
  if (id === null || !isVisibleTo(context.identity, { customerId: id })) return empty;
  const rows = await findCustomerOrders(context.db, id, request.cursor, request.size + 1);
  return toConnection(rows, request, (row) => encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id }));
}
