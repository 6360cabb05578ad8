// The operations a shopper sends in bench/checkout.ts, as the storefront would: each asks for what
// the next step needs and what a page would show (totals), so the server does its real work.
const CART_FIELDS = /* GraphQL */ `
  fragment BenchCart on Cart {
    id
    totalQuantity
    lines(first: 5) {
      nodes {
        id
        quantity
        merchandise {
          id
        }
      }
    }
    cost {
      subtotalAmount {
        amount
        currencyCode
      }
      totalAmount {
        amount
      }
    }
  }
`;

const USER_ERRORS = 'userErrors { field message code }';

export const CART_CREATE = /* GraphQL */ `
  mutation BenchCartCreate($input: CartInput) {
    cartCreate(input: $input) {
      cart {
        ...BenchCart
      }
      ${USER_ERRORS}
    }
  }
  ${CART_FIELDS}
`;

export const CART_LINES_ADD = /* GraphQL */ `
  mutation BenchCartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {
    cartLinesAdd(cartId: $cartId, lines: $lines) {
      cart {
        ...BenchCart
      }
      ${USER_ERRORS}
    }
  }
  ${CART_FIELDS}
`;

export const CART_LINES_UPDATE = /* GraphQL */ `
  mutation BenchCartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {
    cartLinesUpdate(cartId: $cartId, lines: $lines) {
      cart {
        ...BenchCart
      }
      ${USER_ERRORS}
    }
  }
  ${CART_FIELDS}
`;

const CHECKOUT_FIELDS = /* GraphQL */ `
  fragment BenchCheckout on Checkout {
    id
    ready
    reservedUntil
    email
    shippingRate {
      handle
    }
    cost {
      subtotalAmount {
        amount
      }
      shippingAmount {
        amount
      }
      totalTaxAmount {
        amount
      }
      totalAmount {
        amount
        currencyCode
      }
    }
  }
`;

export const CHECKOUT_START = /* GraphQL */ `
  mutation BenchCheckoutStart($cartId: ID!) {
    checkoutStart(cartId: $cartId) {
      checkout {
        ...BenchCheckout
      }
      ${USER_ERRORS}
    }
  }
  ${CHECKOUT_FIELDS}
`;

export const CHECKOUT_UPDATE = /* GraphQL */ `
  mutation BenchCheckoutUpdate($checkoutId: ID!, $input: CheckoutUpdateInput!) {
    checkoutUpdate(checkoutId: $checkoutId, input: $input) {
      checkout {
        ...BenchCheckout
      }
      ${USER_ERRORS}
    }
  }
  ${CHECKOUT_FIELDS}
`;

export const CHECKOUT_COMPLETE = /* GraphQL */ `
  mutation BenchCheckoutComplete($checkoutId: ID!, $payment: PaymentInput!, $idempotencyKey: String!) {
    checkoutComplete(checkoutId: $checkoutId, payment: $payment, idempotencyKey: $idempotencyKey) {
      order {
        id
        number
        totalAmount {
          amount
          currencyCode
        }
        lines {
          quantity
          sku
        }
      }
      ${USER_ERRORS}
    }
  }
`;

/** A page of variants with their product (the bench picks its contended and spread variants from these). */
export const VARIANT_PAGE = /* GraphQL */ `
  query BenchVariants($after: String) {
    products(first: 50, after: $after) {
      nodes {
        id
        variants(first: 10) {
          nodes {
            id
            availableForSale
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
