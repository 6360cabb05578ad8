/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CartBuyerIdentityInput = {
  countryCode?: string | null | undefined;
  customerAccessToken?: string | null | undefined;
  email?: string | null | undefined;
};

export type CartErrorCode =
  | 'CART_NOT_FOUND'
  | 'DISCOUNT_CODE_NOT_APPLICABLE'
  | 'GREATER_THAN_MAX'
  | 'INVALID'
  | 'INVALID_MERCHANDISE_LINE'
  | 'LESS_THAN'
  | 'MERCHANDISE_NOT_FOUND'
  | 'NOT_ENOUGH_STOCK';

export type CartInput = {
  buyerIdentity?: CartBuyerIdentityInput | null | undefined;
  discountCodes?: Array<string> | null | undefined;
  lines?: Array<CartLineInput> | null | undefined;
};

export type CartLineInput = {
  merchandiseId: string | number;
  quantity?: number | null | undefined;
};

export type CurrencyCode =
  | 'EUR'
  | 'GBP'
  | 'USD';

export type ProductSortKeys =
  | 'BEST_SELLING'
  | 'CREATED_AT'
  | 'PRICE'
  | 'RELEVANCE'
  | 'TITLE';

export type CartQueryVariables = Exact<{
  id: string | number;
}>;


export type CartQuery = { cart: { id: string, totalQuantity: number, cost: { totalAmount: { amount: string, currencyCode: CurrencyCode } }, lines: { nodes: Array<{ id: string, quantity: number, merchandise: { id: string, title: string, product: { handle: string, title: string } } }> } } | null };

export type CartCreateMutationVariables = Exact<{
  input: CartInput;
}>;


export type CartCreateMutation = { cartCreate: { cart: { id: string, totalQuantity: number, cost: { totalAmount: { amount: string, currencyCode: CurrencyCode } }, lines: { nodes: Array<{ id: string, quantity: number, merchandise: { id: string, title: string, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartLinesAddMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type CartLinesAddMutation = { cartLinesAdd: { cart: { id: string, totalQuantity: number, cost: { totalAmount: { amount: string, currencyCode: CurrencyCode } }, lines: { nodes: Array<{ id: string, quantity: number, merchandise: { id: string, title: string, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartUserErrorFragment = { field: Array<string> | null, message: string, code: CartErrorCode | null };

export type CollectionListingQueryVariables = Exact<{
  handle: string;
  first: number;
  after?: string | null | undefined;
  sortKey?: ProductSortKeys | null | undefined;
}>;


export type CollectionListingQuery = { collection: { id: string, title: string, products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, handle: string, title: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode } } }> } } | null };

export type MobileCartFragment = { id: string, totalQuantity: number, cost: { totalAmount: { amount: string, currencyCode: CurrencyCode } }, lines: { nodes: Array<{ id: string, quantity: number, merchandise: { id: string, title: string, product: { handle: string, title: string } } }> } };

export type ProductByHandleQueryVariables = Exact<{
  handle: string;
}>;


export type ProductByHandleQuery = { product: { id: string, handle: string, title: string, description: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, options: Array<{ name: string, values: Array<string> }>, variants: { nodes: Array<{ id: string, title: string, availableForSale: boolean, price: { amount: string, currencyCode: CurrencyCode }, selectedOptions: Array<{ name: string, value: string }> }> } } | null };

export type ProductTileFragment = { id: string, handle: string, title: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode } } };

export type SearchProductsQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchProductsQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, handle: string, title: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CartUserErrorFragmentDoc = new TypedDocumentString(`
    fragment CartUserError on CartUserError {
  field
  message
  code
}
    `, {"fragmentName":"CartUserError"}) as unknown as TypedDocumentString<CartUserErrorFragment, unknown>;
export const MobileCartFragmentDoc = new TypedDocumentString(`
    fragment MobileCart on Cart {
  id
  totalQuantity
  cost {
    totalAmount {
      amount
      currencyCode
    }
  }
  lines(first: 100) {
    nodes {
      id
      quantity
      merchandise {
        id
        title
        product {
          handle
          title
        }
      }
    }
  }
}
    `, {"fragmentName":"MobileCart"}) as unknown as TypedDocumentString<MobileCartFragment, unknown>;
export const ProductTileFragmentDoc = new TypedDocumentString(`
    fragment ProductTile on Product {
  id
  handle
  title
  availableForSale
  featuredImage {
    url(transform: {maxWidth: 400})
    altText
    width
    height
  }
  priceRange {
    minVariantPrice {
      amount
      currencyCode
    }
  }
}
    `, {"fragmentName":"ProductTile"}) as unknown as TypedDocumentString<ProductTileFragment, unknown>;
export const CartDocument = {"__meta__":{"operationType":"query","hash":"sha256:3f8e25cc139552c3822ec37f38dc0d9fe2941409630168ccd0be28a683c1b859"}} as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const CartCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:3143721bfaed3b1a58d6eb4691fd3cc5666033fec7ecafb669def61778e67ac6"}} as unknown as TypedDocumentString<CartCreateMutation, CartCreateMutationVariables>;
export const CartLinesAddDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:8e8104d91958bd9b780ae448fdfffd2c8aa7f74487c3b1858655362f1d867854"}} as unknown as TypedDocumentString<CartLinesAddMutation, CartLinesAddMutationVariables>;
export const CollectionListingDocument = {"__meta__":{"operationType":"query","hash":"sha256:f74592203b6a0cc19f3a26f7c5f187d3e8726f77525284622ddbb8e5f208c505"}} as unknown as TypedDocumentString<CollectionListingQuery, CollectionListingQueryVariables>;
export const ProductByHandleDocument = {"__meta__":{"operationType":"query","hash":"sha256:85ad845fe7bbf2a2e19cef3b748e8c1c2f410b47142e064c91df58e14ba3adef"}} as unknown as TypedDocumentString<ProductByHandleQuery, ProductByHandleQueryVariables>;
export const SearchProductsDocument = {"__meta__":{"operationType":"query","hash":"sha256:5c5416ebcb5eae27d378741c45959823d27ce8c2b11b133140749c7db2455492"}} as unknown as TypedDocumentString<SearchProductsQuery, SearchProductsQueryVariables>;