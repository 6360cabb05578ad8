import type DataLoader from 'dataloader';
import type { Identity } from '../../platform/identity.js';
import { createLoader } from '../../platform/graphql/loader.js';
import { visibleCartNodes } from '../cart/index.js';
import { visibleCheckoutNodes } from '../checkout/index.js';
import { visiblePageNodes } from '../content/index.js';
import { visibleCustomerNodes } from '../customers/index.js';
import type { CatalogContext } from './context.js';

// `node`/`nodes` live in the catalog, but carts and customers belong to other domains. The catalog
// answers for their ids with an entity reference ({__typename, id}; the gateway fetches the
// fields from the owner) only after the owning domain's index said the caller may see the object,
// so a missing and a foreign id are both null here, and the owner checks again when resolving.

type Owner = (db: CatalogContext['db'], identity: Identity | null, globalIds: readonly string[]) => Promise<boolean[]>;

const FOREIGN_NODE_TYPES = ['Cart', 'CartLine', 'Customer', 'Checkout', 'Order', 'Page'] as const;
export type ForeignNodeType = (typeof FOREIGN_NODE_TYPES)[number];

/**
 * The domain that decides visibility, per type `node` resolves for another domain. Looked up when
 * asked, not when this module loads: the domains' indexes import one another (env.ts reaches
 * checkout's, which reaches the catalog), and in such a cycle a binding read at load can still be
 * undefined.
 */
function ownerOf(type: ForeignNodeType): Owner {
  const owners: Record<ForeignNodeType, Owner> = {
    Cart: visibleCartNodes,
    CartLine: visibleCartNodes,
    Customer: visibleCustomerNodes,
    Checkout: visibleCheckoutNodes,
    Order: visibleCheckoutNodes,
    Page: visiblePageNodes,
  };
  return owners[type];
}
export interface ForeignNode {
  __typename: ForeignNodeType;
  id: string;
}

const TYPE_OF_GLOBAL_ID = /^gid:\/\/shop\/([A-Za-z]{1,40})\//;

/** The foreign type a global id names, or null when the catalog itself owns it (or nobody does). */
export function foreignTypeOf(globalId: string): ForeignNodeType | null {
  const type = TYPE_OF_GLOBAL_ID.exec(globalId)?.[1];
  return type && (FOREIGN_NODE_TYPES as readonly string[]).includes(type) ? (type as ForeignNodeType) : null;
}

const loaders = new WeakMap<CatalogContext, Map<ForeignNodeType, DataLoader<string, boolean>>>();

/** Asks the owning domain, batched per request and type, whether the caller may see `globalId`. */
export async function loadForeignNode(
  context: CatalogContext,
  type: ForeignNodeType,
  globalId: string,
): Promise<ForeignNode | null> {
  let perType = loaders.get(context);
  if (!perType) loaders.set(context, (perType = new Map()));
  let loader = perType.get(type);
  if (!loader) {
    const owner = ownerOf(type);
    loader = createLoader<string, boolean>((ids) => owner(context.db, context.identity, ids), { batch: true });
    perType.set(type, loader);
  }
  return (await loader.load(globalId)) ? { __typename: type, id: globalId } : null;
}
