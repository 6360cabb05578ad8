// The operations the catalog scenarios send; bench/README.md lists what each one reads.

/** The gateway's floor: one trivial field from one subgraph, nothing to batch or join. */
export const FLOOR_QUERY = /* GraphQL */ `
  query Floor {
    shop {
      name
    }
  }
`;

export const LISTING_QUERY = /* GraphQL */ `
  query Listing(
    $handle: String!
    $sortKey: ProductSortKeys = BEST_SELLING
    $reverse: Boolean = false
    $filters: [ProductFilter!]
  ) {
    collection(handle: $handle) {
      products(first: 24, sortKey: $sortKey, reverse: $reverse, filters: $filters) {
        nodes {
          id
          handle
          title
          vendor
          priceRange {
            minVariantPrice {
              amount
              currencyCode
            }
            maxVariantPrice {
              amount
              currencyCode
            }
          }
          compareAtPriceRange {
            minVariantPrice {
              amount
            }
          }
          featuredImage {
            url(transform: { maxWidth: 600 })
            altText
            width
            height
          }
          availableForSale
          variants(first: 10) {
            nodes {
              id
              title
              availableForSale
              price {
                amount
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const PRODUCT_QUERY = /* GraphQL */ `
  query ProductPage($handle: String!) {
    product(handle: $handle) {
      id
      handle
      title
      vendor
      productType
      tags
      descriptionHtml
      options {
        id
        name
        values
      }
      priceRange {
        minVariantPrice {
          amount
          currencyCode
        }
        maxVariantPrice {
          amount
          currencyCode
        }
      }
      compareAtPriceRange {
        minVariantPrice {
          amount
          currencyCode
        }
        maxVariantPrice {
          amount
          currencyCode
        }
      }
      featuredImage {
        url(transform: { maxWidth: 1200 })
        altText
        width
        height
      }
      availableForSale
      variants(first: 100) {
        nodes {
          id
          title
          sku
          price {
            amount
            currencyCode
          }
          compareAtPrice {
            amount
            currencyCode
          }
          selectedOptions {
            name
            value
          }
          image {
            url(transform: { maxWidth: 1200 })
            altText
          }
          availableForSale
          quantityAvailable
        }
      }
      images(first: 10) {
        nodes {
          id
          url(transform: { maxWidth: 1200 })
          altText
          width
          height
        }
      }
      seo {
        title
        description
      }
      collections(first: 5) {
        nodes {
          id
          handle
          title
        }
      }
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($query: String!, $sortKey: ProductSortKeys = RELEVANCE, $filters: [ProductFilter!]) {
    search(query: $query, first: 24, sortKey: $sortKey, filters: $filters) {
      totalCount
      filters {
        id
        label
        type
        values {
          id
          label
          count
          input
        }
      }
      nodes {
        id
        handle
        title
        vendor
        priceRange {
          minVariantPrice {
            amount
            currencyCode
          }
          maxVariantPrice {
            amount
            currencyCode
          }
        }
        featuredImage {
          url(transform: { maxWidth: 600 })
          altText
          width
          height
        }
        availableForSale
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
