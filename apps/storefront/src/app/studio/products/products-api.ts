import 'server-only';
import type { ProductValue } from '@/components/studio/product-editor-state';
import {
  InventorySetDocument,
  ProductUpdateDocument,
  StudioProductDocument,
  StudioProductsDocument,
  VariantPricesUpdateDocument,
  type ProductUpdateInput,
  type VariantPriceUpdateInput,
} from '@/lib/graphql/generated/graphql';
import { studioRequest } from '@/lib/studio/studio-request';

// The product editor's calls, each with the signed-in staff member's token. Mutations answer
// their userErrors as they are: the action maps them onto the form.

export async function searchProducts(token: string, query: string) {
  const { products } = await studioRequest(token, StudioProductsDocument, { query: query || null, first: 30 });
  return products.nodes;
}

export interface EditableProduct extends ProductValue {
  id: string;
  handle: string;
  currencyCode: string;
  available: Record<string, number | null>;
}

export async function getEditableProduct(
  token: string,
  by: { id: string } | { handle: string },
): Promise<EditableProduct | null> {
  const { product } = await studioRequest(token, StudioProductDocument, by);
  if (!product) return null;
  const variants = product.variants.nodes;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description,
    tags: product.tags,
    variants,
    currencyCode: variants[0]?.price.currencyCode ?? 'USD',
    available: Object.fromEntries(variants.map((variant) => [variant.id, variant.quantityAvailable])),
  };
}

export async function updateProduct(token: string, id: string, input: ProductUpdateInput) {
  return (await studioRequest(token, ProductUpdateDocument, { id, input })).productUpdate.userErrors;
}

export async function updatePrices(token: string, prices: VariantPriceUpdateInput[]) {
  return (await studioRequest(token, VariantPricesUpdateDocument, { prices })).variantPricesUpdate.userErrors;
}

export async function setStock(token: string, variantId: string, quantity: number) {
  return (await studioRequest(token, InventorySetDocument, { variantId, quantity })).inventorySet.userErrors;
}
