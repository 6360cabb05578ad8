import { cache } from 'react';
import { ProductPageDocument, type ProductPageQuery } from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';

export type ProductDetail = NonNullable<ProductPageQuery['product']>;

/** One product for its page; null when no product has that handle. Deduplicated per render. */
export const getProduct = cache(async (handle: string): Promise<ProductDetail | null> => {
  const data = await requestGraphQL(ProductPageDocument, { handle });
  return data.product;
});
