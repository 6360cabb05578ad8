import { parseGlobalId } from '../../platform/graphql/global-id.js';
import type { CatalogContext } from './context.js';
import { foreignTypeOf, loadForeignNode, type ForeignNode } from './foreign-nodes.js';
import type { CollectionRow, ProductRow, VariantRow } from './tables.js';

export type CatalogNode =
  | (ProductRow & { __typename: 'Product' })
  | (VariantRow & { __typename: 'ProductVariant' })
  | (CollectionRow & { __typename: 'Collection' })
  /** An object of another domain the caller may see; the gateway fetches its fields from the owner. */
  | ForeignNode;

const tag = <T extends object, N extends string>(row: T | null, typename: N) =>
  row ? Object.assign(row, { __typename: typename }) : null;

/** Any catalog object by global ID; an unknown type or id is null, a malformed id an error. */
export async function loadNode(
  context: CatalogContext,
  globalId: string,
  argument = 'id',
): Promise<CatalogNode | null> {
  const foreign = foreignTypeOf(globalId);
  if (foreign) return loadForeignNode(context, foreign, globalId);
  const { type, id } = parseGlobalId(globalId, argument);
  const { loaders } = context;
  switch (type) {
    case 'Product':
      return tag(await loaders.productById.load(id), 'Product');
    case 'ProductVariant':
      return tag(await loaders.variantById.load(id), 'ProductVariant');
    case 'Collection':
      return tag(await loaders.collectionById.load(id), 'Collection');
    default:
      return null;
  }
}
