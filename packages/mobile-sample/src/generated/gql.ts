/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Cart($id: ID!) {\n  cart(id: $id) {\n    ...MobileCart\n  }\n}": typeof types.CartDocument,
    "mutation CartCreate($input: CartInput!) {\n  cartCreate(input: $input) {\n    cart {\n      ...MobileCart\n    }\n    userErrors {\n      ...CartUserError\n    }\n  }\n}": typeof types.CartCreateDocument,
    "mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart {\n      ...MobileCart\n    }\n    userErrors {\n      ...CartUserError\n    }\n  }\n}": typeof types.CartLinesAddDocument,
    "fragment CartUserError on CartUserError {\n  field\n  message\n  code\n}": typeof types.CartUserErrorFragmentDoc,
    "query CollectionListing($handle: String!, $first: Int!, $after: String, $sortKey: ProductSortKeys) {\n  collection(handle: $handle) {\n    id\n    title\n    products(first: $first, after: $after, sortKey: $sortKey) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductTile\n      }\n    }\n  }\n}": typeof types.CollectionListingDocument,
    "fragment MobileCart on Cart {\n  id\n  totalQuantity\n  cost {\n    totalAmount {\n      amount\n      currencyCode\n    }\n  }\n  lines(first: 100) {\n    nodes {\n      id\n      quantity\n      merchandise {\n        id\n        title\n        product {\n          handle\n          title\n        }\n      }\n    }\n  }\n}": typeof types.MobileCartFragmentDoc,
    "query ProductByHandle($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    vendor\n    availableForSale\n    featuredImage {\n      url(transform: {maxWidth: 800})\n      altText\n      width\n      height\n    }\n    options {\n      name\n      values\n    }\n    variants(first: 100) {\n      nodes {\n        id\n        title\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n      }\n    }\n  }\n}": typeof types.ProductByHandleDocument,
    "fragment ProductTile on Product {\n  id\n  handle\n  title\n  availableForSale\n  featuredImage {\n    url(transform: {maxWidth: 400})\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}": typeof types.ProductTileFragmentDoc,
    "query SearchProducts($query: String!, $first: Int!, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ProductTile\n    }\n  }\n}": typeof types.SearchProductsDocument,
};
const documents: Documents = {
    "query Cart($id: ID!) {\n  cart(id: $id) {\n    ...MobileCart\n  }\n}": types.CartDocument,
    "mutation CartCreate($input: CartInput!) {\n  cartCreate(input: $input) {\n    cart {\n      ...MobileCart\n    }\n    userErrors {\n      ...CartUserError\n    }\n  }\n}": types.CartCreateDocument,
    "mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart {\n      ...MobileCart\n    }\n    userErrors {\n      ...CartUserError\n    }\n  }\n}": types.CartLinesAddDocument,
    "fragment CartUserError on CartUserError {\n  field\n  message\n  code\n}": types.CartUserErrorFragmentDoc,
    "query CollectionListing($handle: String!, $first: Int!, $after: String, $sortKey: ProductSortKeys) {\n  collection(handle: $handle) {\n    id\n    title\n    products(first: $first, after: $after, sortKey: $sortKey) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductTile\n      }\n    }\n  }\n}": types.CollectionListingDocument,
    "fragment MobileCart on Cart {\n  id\n  totalQuantity\n  cost {\n    totalAmount {\n      amount\n      currencyCode\n    }\n  }\n  lines(first: 100) {\n    nodes {\n      id\n      quantity\n      merchandise {\n        id\n        title\n        product {\n          handle\n          title\n        }\n      }\n    }\n  }\n}": types.MobileCartFragmentDoc,
    "query ProductByHandle($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    vendor\n    availableForSale\n    featuredImage {\n      url(transform: {maxWidth: 800})\n      altText\n      width\n      height\n    }\n    options {\n      name\n      values\n    }\n    variants(first: 100) {\n      nodes {\n        id\n        title\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n      }\n    }\n  }\n}": types.ProductByHandleDocument,
    "fragment ProductTile on Product {\n  id\n  handle\n  title\n  availableForSale\n  featuredImage {\n    url(transform: {maxWidth: 400})\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}": types.ProductTileFragmentDoc,
    "query SearchProducts($query: String!, $first: Int!, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ProductTile\n    }\n  }\n}": types.SearchProductsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cart($id: ID!) {\n  cart(id: $id) {\n    ...MobileCart\n  }\n}"): typeof import('./graphql.js').CartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartCreate($input: CartInput!) {\n  cartCreate(input: $input) {\n    cart {\n      ...MobileCart\n    }\n    userErrors {\n      ...CartUserError\n    }\n  }\n}"): typeof import('./graphql.js').CartCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart {\n      ...MobileCart\n    }\n    userErrors {\n      ...CartUserError\n    }\n  }\n}"): typeof import('./graphql.js').CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CartUserError on CartUserError {\n  field\n  message\n  code\n}"): typeof import('./graphql.js').CartUserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollectionListing($handle: String!, $first: Int!, $after: String, $sortKey: ProductSortKeys) {\n  collection(handle: $handle) {\n    id\n    title\n    products(first: $first, after: $after, sortKey: $sortKey) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductTile\n      }\n    }\n  }\n}"): typeof import('./graphql.js').CollectionListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MobileCart on Cart {\n  id\n  totalQuantity\n  cost {\n    totalAmount {\n      amount\n      currencyCode\n    }\n  }\n  lines(first: 100) {\n    nodes {\n      id\n      quantity\n      merchandise {\n        id\n        title\n        product {\n          handle\n          title\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').MobileCartFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductByHandle($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    vendor\n    availableForSale\n    featuredImage {\n      url(transform: {maxWidth: 800})\n      altText\n      width\n      height\n    }\n    options {\n      name\n      values\n    }\n    variants(first: 100) {\n      nodes {\n        id\n        title\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ProductByHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductTile on Product {\n  id\n  handle\n  title\n  availableForSale\n  featuredImage {\n    url(transform: {maxWidth: 400})\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}"): typeof import('./graphql.js').ProductTileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchProducts($query: String!, $first: Int!, $after: String) {\n  search(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ProductTile\n    }\n  }\n}"): typeof import('./graphql.js').SearchProductsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
