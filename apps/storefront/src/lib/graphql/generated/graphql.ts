/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who is buying a cart. */
export type CartBuyerIdentityInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. `DE`, used for tax. */
  countryCode?: string | null | undefined;
  /**
   * The signed-in customer's access token. It must belong to the customer making the request; the guest
   * cart is then merged into that customer's open cart, and the payload returns the customer's cart.
   */
  customerAccessToken?: string | null | undefined;
  /** Email for the order confirmation (at most 254 characters). */
  email?: string | null | undefined;
};

/** Why a cart mutation was refused. */
export type CartErrorCode =
  /** No cart with this ID is visible to the caller. */
  | 'CART_NOT_FOUND'
  /** A discount code does not apply to the cart. */
  | 'DISCOUNT_CODE_NOT_APPLICABLE'
  /** A quantity is above 999 or the variant's maximum per order. */
  | 'GREATER_THAN_MAX'
  /** A value is malformed or out of range (an ID, a code, an email, a country, too many lines). */
  | 'INVALID'
  /** A line ID does not belong to the cart. */
  | 'INVALID_MERCHANDISE_LINE'
  /** A quantity is below 1. */
  | 'LESS_THAN'
  /** The variant does not exist. */
  | 'MERCHANDISE_NOT_FOUND'
  /** Fewer units are available than asked for. */
  | 'NOT_ENOUGH_STOCK';

/** A new cart. */
export type CartInput = {
  /** Who is buying. */
  buyerIdentity?: CartBuyerIdentityInput | null | undefined;
  /** Discount codes to enter (at most 10, each at most 64 characters). */
  discountCodes?: Array<string> | null | undefined;
  /** Lines to start with (at most 250). */
  lines?: Array<CartLineInput> | null | undefined;
};

/** A variant to add to a cart. */
export type CartLineInput = {
  /** Global ID of the variant, `gid://shop/ProductVariant/<n>`. */
  merchandiseId: string | number;
  /** How many, from 1 to 999 (and at most the variant's maximum per order). */
  quantity?: number | null | undefined;
};

/** A new quantity for a cart line. */
export type CartLineUpdateInput = {
  /** Global ID of the line. */
  id: string | number;
  /** The new quantity, 0 to 999; 0 removes the line. */
  quantity: number;
};

/** Why a checkout operation was refused. */
export type CheckoutErrorCode =
  /** The checkout already became an order (with another idempotency key). */
  | 'ALREADY_COMPLETED'
  /** The cart has no lines. */
  | 'CART_EMPTY'
  /** No cart with this ID is visible to the caller. */
  | 'CART_NOT_FOUND'
  /** No checkout with this ID is visible to the caller. */
  | 'CHECKOUT_NOT_FOUND'
  /** This idempotency key was already used for another checkout. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed, too long or out of range (also: a discount code that can no longer be used). */
  | 'INVALID'
  /** An email is needed before the order can be placed. */
  | 'MISSING_EMAIL'
  /** A shipping address is needed before the order can be placed. */
  | 'MISSING_SHIPPING_ADDRESS'
  /** A shipping rate must be chosen before the order can be placed. */
  | 'MISSING_SHIPPING_RATE'
  /** A line asks for more than can be bought now; `field` names the line. */
  | 'NOT_ENOUGH_STOCK'
  /** The payment provider declined the payment; nothing was charged. Retry with a new idempotency key. */
  | 'PAYMENT_DECLINED'
  /** No payment provider could take the payment now; nothing was charged and the stock is still held. */
  | 'PAYMENT_UNAVAILABLE'
  /** The stock hold ran out and could not be renewed; start checkout again. */
  | 'RESERVATION_EXPIRED';

/** Changes to a checkout; fields left out stay as they are. */
export type CheckoutUpdateInput = {
  /** Email for the order confirmation (at most 254 characters). */
  email?: string | null | undefined;
  /** Where to ship; the country must be one the shop ships to. */
  shippingAddress?: MailingAddressInput | null | undefined;
  /** Handle of one of `availableShippingRates`. */
  shippingRateHandle?: string | null | undefined;
};

/** Currencies the shop can price in. */
export type CurrencyCode =
  /** Euro. */
  | 'EUR'
  /** Pound sterling. */
  | 'GBP'
  /** US dollar. */
  | 'USD';

/** Credentials to sign in with. */
export type CustomerAccessTokenCreateInput = {
  /** Sign-in email. */
  email: string;
  /** Password. */
  password: string;
};

/** A new account. */
export type CustomerCreateInput = {
  /** True when the customer agrees to receive marketing email. */
  acceptsMarketing?: boolean | null | undefined;
  /** Sign-in email; compared without regard to case or surrounding spaces. */
  email: string;
  /** Given name (at most 100 characters). */
  firstName?: string | null | undefined;
  /** Family name (at most 100 characters). */
  lastName?: string | null | undefined;
  /** Between 12 and 128 characters. */
  password: string;
};

/** Why a customer operation was refused. */
export type CustomerErrorCode =
  /** A value is malformed or out of range. */
  | 'INVALID'
  /** An account with this email already exists. */
  | 'TAKEN'
  /** Too many sign-in attempts for this account or from this address; try again later. */
  | 'TOO_MANY_ATTEMPTS'
  /** The value is too short, e.g. a password under 12 characters. */
  | 'TOO_SHORT'
  /** The email and password do not match an account. */
  | 'UNIDENTIFIED_CUSTOMER';

/** How a facet is shown. */
export type FilterType =
  /** A yes/no switch. */
  | 'BOOLEAN'
  /** A list of values to tick. */
  | 'LIST'
  /** A minimum and maximum price. */
  | 'PRICE_RANGE';

/** A postal address to save or ship to. */
export type MailingAddressInput = {
  /** Street and number (required to save an address). */
  address1?: string | null | undefined;
  /** Apartment, suite, floor. */
  address2?: string | null | undefined;
  /** City or town (required to save an address). */
  city?: string | null | undefined;
  /** Company name. */
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, e.g. `DE` (required to save an address). */
  countryCode?: string | null | undefined;
  /** Recipient's given name. */
  firstName?: string | null | undefined;
  /** Recipient's family name. */
  lastName?: string | null | undefined;
  /** Phone number: digits, spaces, `+ - . ( )`. */
  phone?: string | null | undefined;
  /** State, province or region. */
  province?: string | null | undefined;
  /** Postal code. */
  zip?: string | null | undefined;
};

/** A menu item to save. */
export type MenuItemInput = {
  /** Sub-items (one level, at most 20). */
  items?: Array<MenuItemInput> | null | undefined;
  /** Label (1-60 characters). */
  title: string;
  /** A path on the shop or an https URL. */
  url: string;
};

/** Where an order's payment stands. */
export type OrderFinancialStatus =
  /** Authorised, not yet captured. */
  | 'AUTHORIZED'
  /** Charged. */
  | 'PAID'
  /** Not yet charged. */
  | 'PENDING'
  /** Paid back. */
  | 'REFUNDED'
  /** The authorisation was cancelled. */
  | 'VOIDED';

/** Where an order's shipping stands. */
export type OrderFulfillmentStatus =
  /** Everything shipped. */
  | 'FULFILLED'
  /** Partly shipped. */
  | 'IN_PROGRESS'
  /** Nothing shipped yet. */
  | 'UNFULFILLED';

/** A block as marketers write it: `type` is the block's typename, `data` its fields (products and collections by ID). */
export type PageBlockInput = {
  /**
   * The block's fields. HeroBlock: heading, subheading, imageId, ctaLabel, ctaUrl. RichTextBlock:
   * html. ProductGridBlock: heading, productIds. CollectionBlock: heading, collectionId, limit.
   * BannerBlock: text, url, tone.
   */
  data: unknown;
  /** HeroBlock, RichTextBlock, ProductGridBlock, CollectionBlock or BannerBlock. */
  type: string;
};

/** What a shopper did on a page under test. */
export type PageExperimentEvent =
  /** Added something to the cart after seeing it. */
  | 'ADD_TO_CART'
  /** Saw the page. */
  | 'VIEW';

/** Whether an A/B test still runs. */
export type PageExperimentStatus =
  /** Shoppers are split between the versions. */
  | 'RUNNING'
  /** Everyone sees the winner. */
  | 'STOPPED';

/** Fields of a page to set; omitted fields keep their value. */
export type PageInput = {
  /** The draft's blocks, replacing the old ones (at most 50). */
  blocks?: Array<PageBlockInput> | null | undefined;
  /** URL-safe unique name (lowercase letters, digits and dashes). */
  handle?: string | null | undefined;
  /** Search-engine metadata. */
  seo?: SeoInput | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Publication state of a page. */
export type PageStatus =
  /** Not live: never published, or unpublished. */
  | 'DRAFT'
  /** Live. */
  | 'PUBLISHED'
  /** Not live yet: publishes at `publishAt`. */
  | 'SCHEDULED';

/** How the shopper pays. */
export type PaymentInput = {
  /** A payment provider id, e.g. 'test' or 'stripe'. */
  provider: string;
  /** A token from the provider's client SDK. Card numbers never reach this API. */
  token: string;
};

/** A price range to filter by; either bound may be left out. */
export type PriceRangeFilter = {
  /** Highest price, inclusive. */
  max?: number | null | undefined;
  /** Lowest price, inclusive. */
  min?: number | null | undefined;
};

/** One filter on a product list. Filters of one kind are ORed; different kinds are ANDed. */
export type ProductFilter = {
  /** Only products that can (true) or cannot (false) be bought now. */
  available?: boolean | null | undefined;
  /** Products with a variant priced within this range. */
  price?: PriceRangeFilter | null | undefined;
  /** Products of this type. */
  productType?: string | null | undefined;
  /** Products of this vendor. */
  productVendor?: string | null | undefined;
  /** Products with this tag. */
  tag?: string | null | undefined;
  /** Products with a variant that has this option value. */
  variantOption?: VariantOptionFilter | null | undefined;
};

/** Orders a product list. */
export type ProductSortKeys =
  /** Units sold, best first. */
  | 'BEST_SELLING'
  /** Creation time, oldest first. */
  | 'CREATED_AT'
  /** Lowest variant price, low to high. */
  | 'PRICE'
  /** Best match for a search; merchandised order in a collection; newest first elsewhere. */
  | 'RELEVANCE'
  /** Title, A to Z. */
  | 'TITLE';

/** Changes to a product's merchandising text; a field left out is left as it is. */
export type ProductUpdateInput = {
  /** Plain text, at most 64 KB; `descriptionHtml` becomes its escaped paragraphs. */
  description?: string | null | undefined;
  /** At most 250 tags, each 1 to 255 characters; replaces the product's tags. */
  tags?: Array<string> | null | undefined;
  /** 1 to 255 characters. */
  title?: string | null | undefined;
};

/** Search-engine metadata to set. */
export type SeoInput = {
  /** Meta description. */
  description?: string | null | undefined;
  /** Title for the `<title>` element. */
  title?: string | null | undefined;
};

/** Staff credentials to sign in with. */
export type StaffAccessTokenCreateInput = {
  /** Sign-in email. */
  email: string;
  /** Password. */
  password: string;
};

/** What a staff member may do. */
export type StaffRole =
  /** Everything, including reading any customer. */
  | 'ADMIN'
  /** Builds and publishes content pages. */
  | 'MARKETER'
  /** Changes products, prices and stock. */
  | 'MERCHANDISER';

/** An option value to filter by. */
export type VariantOptionFilter = {
  /** Option name, e.g. `Size`. */
  name: string;
  /** Option value, e.g. `M`. */
  value: string;
};

/** A variant's new price. */
export type VariantPriceUpdateInput = {
  /** Greater than `price`, or null for no compare-at price. */
  compareAtPrice?: string | null | undefined;
  /** Greater than 0, at most 1,000,000, at most two decimals, e.g. `24.95`. */
  price: string;
  /** The variant, `gid://shop/ProductVariant/<n>`. */
  variantId: string | number;
};

export type CartQueryVariables = Exact<{
  id: string | number;
}>;


export type CartQuery = { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null };

export type CartBuyerIdentityUpdateMutationVariables = Exact<{
  cartId: string | number;
  buyerIdentity: CartBuyerIdentityInput;
}>;


export type CartBuyerIdentityUpdateMutation = { cartBuyerIdentityUpdate: { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartCreateMutationVariables = Exact<{
  input: CartInput;
}>;


export type CartCreateMutation = { cartCreate: { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartDetailsFragment = { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } };

export type CartDiscountCodesUpdateMutationVariables = Exact<{
  cartId: string | number;
  discountCodes: Array<string> | string;
}>;


export type CartDiscountCodesUpdateMutation = { cartDiscountCodesUpdate: { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartLinesAddMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineInput> | CartLineInput;
}>;


export type CartLinesAddMutation = { cartLinesAdd: { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartLinesRemoveMutationVariables = Exact<{
  cartId: string | number;
  lineIds: Array<string | number> | string | number;
}>;


export type CartLinesRemoveMutation = { cartLinesRemove: { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartLinesUpdateMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineUpdateInput> | CartLineUpdateInput;
}>;


export type CartLinesUpdateMutation = { cartLinesUpdate: { cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CartErrorCode | null }> } };

export type CartUserErrorFieldsFragment = { field: Array<string> | null, message: string, code: CartErrorCode | null };

export type CheckoutQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckoutQuery = { checkout: { id: string, email: string | null, reservedUntil: string | null, ready: boolean, shippingAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, availableShippingRates: Array<{ handle: string, title: string, price: { amount: string, currencyCode: CurrencyCode } }>, shippingRate: { handle: string } | null, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, shippingAmount: { amount: string, currencyCode: CurrencyCode } | null, totalTaxAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode } }, cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } }, order: { id: string } | null } | null };

export type CheckoutCompleteMutationVariables = Exact<{
  checkoutId: string | number;
  payment: PaymentInput;
  idempotencyKey: string;
}>;


export type CheckoutCompleteMutation = { checkoutComplete: { order: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CheckoutErrorCode | null }> } };

export type CheckoutDetailsFragment = { id: string, email: string | null, reservedUntil: string | null, ready: boolean, shippingAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, availableShippingRates: Array<{ handle: string, title: string, price: { amount: string, currencyCode: CurrencyCode } }>, shippingRate: { handle: string } | null, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, shippingAmount: { amount: string, currencyCode: CurrencyCode } | null, totalTaxAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode } }, cart: { id: string, totalQuantity: number, cost: { subtotalAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode } | null }, discountCodes: Array<{ code: string, applicable: boolean }>, lines: { nodes: Array<{ id: string, quantity: number, cost: { amountPerQuantity: { amount: string, currencyCode: CurrencyCode }, compareAtAmountPerQuantity: { amount: string, currencyCode: CurrencyCode } | null, totalAmount: { amount: string, currencyCode: CurrencyCode } }, merchandise: { id: string, title: string, selectedOptions: Array<{ name: string, value: string }>, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, product: { handle: string, title: string } } }> } }, order: { id: string } | null };

export type CheckoutStartMutationVariables = Exact<{
  cartId: string | number;
}>;


export type CheckoutStartMutation = { checkoutStart: { checkout: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CheckoutErrorCode | null }> } };

export type CheckoutUpdateMutationVariables = Exact<{
  checkoutId: string | number;
  input: CheckoutUpdateInput;
}>;


export type CheckoutUpdateMutation = { checkoutUpdate: { checkout: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CheckoutErrorCode | null }> } };

export type CheckoutUserErrorFieldsFragment = { field: Array<string> | null, message: string, code: CheckoutErrorCode | null };

export type CollectionPageQueryVariables = Exact<{
  handle: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  sortKey?: ProductSortKeys | null | undefined;
  reverse?: boolean | null | undefined;
  filters?: Array<ProductFilter> | ProductFilter | null | undefined;
}>;


export type CollectionPageQuery = { collection: { id: string, handle: string, title: string, description: string, seo: { title: string | null, description: string | null }, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, filters: Array<{ id: string, label: string, type: FilterType, values: Array<{ id: string, label: string, count: number, input: unknown }> }>, nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null };

export type ContentPageQueryVariables = Exact<{
  handle: string;
  preview?: boolean | null | undefined;
  variant?: string | null | undefined;
}>;


export type ContentPageQuery = { page: { id: string, handle: string, title: string, status: PageStatus, updatedAt: string, variant: string | null, experimentSplit: number | null, seo: { title: string | null, description: string | null }, blocks: Array<
      | { __typename: 'BannerBlock', text: string, url: string | null, tone: string | null }
      | { __typename: 'CollectionBlock', limit: number, collectionHeading: string | null, collection: { id: string, handle: string, title: string, products: { nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null }
      | { __typename: 'HeroBlock', heading: string, subheading: string | null, ctaLabel: string | null, ctaUrl: string | null, image: { url: string, altText: string | null, width: number | null, height: number | null } | null }
      | { __typename: 'ProductGridBlock', gridHeading: string | null, products: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> }
      | { __typename: 'RichTextBlock', html: string }
    > } | null };

export type CustomerAccessTokenCreateMutationVariables = Exact<{
  input: CustomerAccessTokenCreateInput;
}>;


export type CustomerAccessTokenCreateMutation = { customerAccessTokenCreate: { customerAccessToken: { accessToken: string, expiresAt: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerAccessTokenDeleteMutationVariables = Exact<{
  customerAccessToken: string;
}>;


export type CustomerAccessTokenDeleteMutation = { customerAccessTokenDelete: { deletedAccessToken: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerAccountQueryVariables = Exact<{
  addressCount: number;
}>;


export type CustomerAccountQuery = { customer: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, defaultAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, addresses: { nodes: Array<{ id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null }> } } | null };

export type CustomerAddressCreateMutationVariables = Exact<{
  address: MailingAddressInput;
  setAsDefault?: boolean | null | undefined;
}>;


export type CustomerAddressCreateMutation = { customerAddressCreate: { customerAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerGreetingQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerGreetingQuery = { customer: { id: string, firstName: string | null, displayName: string } | null };

export type CustomerMailingAddressFragment = { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null };

export type CustomerOrdersQueryVariables = Exact<{
  first: number;
}>;


export type CustomerOrdersQuery = { customer: { id: string, orders: { nodes: Array<{ id: string, number: number, createdAt: string, financialStatus: OrderFinancialStatus, fulfillmentStatus: OrderFulfillmentStatus, totalAmount: { amount: string, currencyCode: CurrencyCode } }> } } | null };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { shop: { name: string, description: string | null }, newArrivals: { id: string, handle: string, title: string, products: { nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null, bestSellers: { id: string, handle: string, title: string, products: { nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null, collections: { nodes: Array<{ id: string, handle: string, title: string, image: { url: string, altText: string | null, width: number | null, height: number | null } | null }> } };

export type InventorySetMutationVariables = Exact<{
  variantId: string | number;
  quantity: number;
}>;


export type InventorySetMutation = { inventorySet: { variant: { id: string, quantityAvailable: number | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type MenuUpdateMutationVariables = Exact<{
  handle: string;
  items: Array<MenuItemInput> | MenuItemInput;
}>;


export type MenuUpdateMutation = { menuUpdate: { menu: { handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type MoneyAmountFragment = { amount: string, currencyCode: CurrencyCode };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { node:
    | { id: string, number: number, createdAt: string, email: string, financialStatus: OrderFinancialStatus, fulfillmentStatus: OrderFulfillmentStatus, lines: Array<{ title: string, variantTitle: string | null, sku: string | null, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode } }>, shippingAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, subtotalAmount: { amount: string, currencyCode: CurrencyCode }, shippingAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode } }
    | Record<PropertyKey, never>
   | null };

export type OrderDetailsFragment = { id: string, number: number, createdAt: string, email: string, financialStatus: OrderFinancialStatus, fulfillmentStatus: OrderFulfillmentStatus, lines: Array<{ title: string, variantTitle: string | null, sku: string | null, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode } }>, shippingAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, subtotalAmount: { amount: string, currencyCode: CurrencyCode }, shippingAmount: { amount: string, currencyCode: CurrencyCode }, totalTaxAmount: { amount: string, currencyCode: CurrencyCode }, totalAmount: { amount: string, currencyCode: CurrencyCode } };

export type PageCreateMutationVariables = Exact<{
  input: PageInput;
}>;


export type PageCreateMutation = { pageCreate: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type PageDeleteMutation = { pageDelete: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageDuplicateMutationVariables = Exact<{
  id: string | number;
  handle: string;
}>;


export type PageDuplicateMutation = { pageDuplicate: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageExperimentFieldsFragment = { status: PageExperimentStatus, splitPercent: number, startedAt: string, stoppedAt: string | null, winner: string | null, versions: Array<{ key: string, views: number, addsToCart: number, blocks: Array<{ type: string, data: unknown }> }> };

export type PageExperimentRecordMutationVariables = Exact<{
  id: string | number;
  variant: string;
  event: PageExperimentEvent;
}>;


export type PageExperimentRecordMutation = { pageExperimentRecord: boolean };

export type PageExperimentStartMutationVariables = Exact<{
  id: string | number;
  blocks: Array<PageBlockInput> | PageBlockInput;
  splitPercent: number;
}>;


export type PageExperimentStartMutation = { pageExperimentStart: { page: { id: string, experiment: { status: PageExperimentStatus, splitPercent: number, startedAt: string, stoppedAt: string | null, winner: string | null, versions: Array<{ key: string, views: number, addsToCart: number, blocks: Array<{ type: string, data: unknown }> }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageExperimentStopMutationVariables = Exact<{
  id: string | number;
  winner: string;
}>;


export type PageExperimentStopMutation = { pageExperimentStop: { page: { id: string, experiment: { status: PageExperimentStatus, splitPercent: number, startedAt: string, stoppedAt: string | null, winner: string | null, versions: Array<{ key: string, views: number, addsToCart: number, blocks: Array<{ type: string, data: unknown }> }> } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PagePublishMutationVariables = Exact<{
  id: string | number;
  publishAt?: string | null | undefined;
}>;


export type PagePublishMutation = { pagePublish: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageRevisionRestoreMutationVariables = Exact<{
  id: string | number;
  revisionId: string | number;
}>;


export type PageRevisionRestoreMutation = { pageRevisionRestore: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageUnpublishMutationVariables = Exact<{
  id: string | number;
}>;


export type PageUnpublishMutation = { pageUnpublish: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type PageUpdateMutationVariables = Exact<{
  id: string | number;
  input: PageInput;
}>;


export type PageUpdateMutation = { pageUpdate: { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type ProductCardFragment = { id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null };

export type ProductListingFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, filters: Array<{ id: string, label: string, type: FilterType, values: Array<{ id: string, label: string, count: number, input: unknown }> }>, nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> };

export type ProductPageQueryVariables = Exact<{
  handle: string;
}>;


export type ProductPageQuery = { product: { id: string, handle: string, title: string, description: string, descriptionHtml: string, vendor: string, productType: string, availableForSale: boolean, seo: { title: string | null, description: string | null }, options: Array<{ name: string, values: Array<string> }>, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, images: { nodes: Array<{ id: string | null, url: string, altText: string | null, width: number | null, height: number | null }> }, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, variants: { nodes: Array<{ id: string, title: string, sku: string | null, availableForSale: boolean, price: { amount: string, currencyCode: CurrencyCode }, compareAtPrice: { amount: string, currencyCode: CurrencyCode } | null, selectedOptions: Array<{ name: string, value: string }>, image: { id: string | null, url: string, altText: string | null, width: number | null, height: number | null } | null }> }, collections: { nodes: Array<{ id: string, handle: string, title: string }> } } | null };

export type ProductStockQueryVariables = Exact<{
  handle: string;
}>;


export type ProductStockQuery = { product: { id: string, availableForSale: boolean, variants: { nodes: Array<{ id: string, availableForSale: boolean, quantityAvailable: number | null }> } } | null };

export type ProductUpdateMutationVariables = Exact<{
  id: string | number;
  input: ProductUpdateInput;
}>;


export type ProductUpdateMutation = { productUpdate: { product: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

export type SearchPageQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sortKey?: ProductSortKeys | null | undefined;
  reverse?: boolean | null | undefined;
  filters?: Array<ProductFilter> | ProductFilter | null | undefined;
}>;


export type SearchPageQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, filters: Array<{ id: string, label: string, type: FilterType, values: Array<{ id: string, label: string, count: number, input: unknown }> }>, nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } };

export type SiteMenusQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteMenusQuery = { main: { handle: string, items: Array<{ title: string, url: string, items: Array<{ title: string, url: string }> }> } | null, footer: { handle: string, items: Array<{ title: string, url: string, items: Array<{ title: string, url: string }> }> } | null };

export type SiteMenuFragment = { handle: string, items: Array<{ title: string, url: string, items: Array<{ title: string, url: string }> }> };

export type SitemapCollectionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapCollectionsQuery = { collections: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ handle: string, updatedAt: string }> } };

export type SitemapPagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapPagesQuery = { publishedPages: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ handle: string, updatedAt: string }> } };

export type SitemapProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ handle: string, updatedAt: string }> } };

export type StaffAccessTokenCreateMutationVariables = Exact<{
  input: StaffAccessTokenCreateInput;
}>;


export type StaffAccessTokenCreateMutation = { staffAccessTokenCreate: { staffAccessToken: { accessToken: string, expiresAt: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type StaffMemberQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMemberQuery = { staffMember: { id: string, email: string, roles: Array<StaffRole> } | null };

export type StudioCollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioCollectionsQuery = { collections: { nodes: Array<{ id: string, title: string, handle: string }> } };

export type StudioMenuQueryVariables = Exact<{
  handle: string;
}>;


export type StudioMenuQuery = { menu: { handle: string, items: Array<{ title: string, url: string, items: Array<{ title: string, url: string }> }> } | null };

export type StudioNodeTitlesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type StudioNodeTitlesQuery = { nodes: Array<
    | { id: string, title: string }
    | { id: string, title: string }
    | Record<PropertyKey, never>
   | null> };

export type StudioPageQueryVariables = Exact<{
  handle: string;
}>;


export type StudioPageQuery = { page: { id: string, handle: string, title: string, status: PageStatus, publishAt: string | null, publishedAt: string | null, updatedAt: string, updatedBy: string | null, hasUnpublishedChanges: boolean, seo: { title: string | null, description: string | null }, blocks: Array<
      | { __typename: 'BannerBlock', text: string, url: string | null, tone: string | null }
      | { __typename: 'CollectionBlock', limit: number, collectionHeading: string | null, collection: { id: string } | null }
      | { __typename: 'HeroBlock', heading: string, subheading: string | null, ctaLabel: string | null, ctaUrl: string | null, image: { id: string | null, url: string, altText: string | null } | null }
      | { __typename: 'ProductGridBlock', gridHeading: string | null, products: Array<{ id: string }> }
      | { __typename: 'RichTextBlock', html: string }
    >, revisions: Array<{ id: string, number: number, title: string, publishedAt: string, publishedBy: string | null }>, experiment: { status: PageExperimentStatus, splitPercent: number, startedAt: string, stoppedAt: string | null, winner: string | null, versions: Array<{ key: string, views: number, addsToCart: number, blocks: Array<{ type: string, data: unknown }> }> } | null } | null };

export type StudioPageResultFragment = { page: { id: string, handle: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> };

export type StudioPagesQueryVariables = Exact<{
  first?: number | null | undefined;
  status?: PageStatus | null | undefined;
}>;


export type StudioPagesQuery = { pages: { nodes: Array<{ id: string, handle: string, title: string, status: PageStatus, publishAt: string | null, publishedAt: string | null, updatedAt: string, updatedBy: string | null, hasUnpublishedChanges: boolean }> } };

export type StudioProductQueryVariables = Exact<{
  id?: string | number | null | undefined;
  handle?: string | null | undefined;
}>;


export type StudioProductQuery = { product: { id: string, handle: string, title: string, description: string, tags: Array<string>, variants: { nodes: Array<{ id: string, title: string, quantityAvailable: number | null, price: { amount: string, currencyCode: CurrencyCode }, compareAtPrice: { amount: string, currencyCode: CurrencyCode } | null }> } } | null };

export type StudioProductSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  first: number;
}>;


export type StudioProductSearchQuery = { products: { nodes: Array<{ id: string, title: string, handle: string, images: { nodes: Array<{ id: string | null, url: string, altText: string | null }> } }> } };

export type StudioProductsQueryVariables = Exact<{
  query?: string | null | undefined;
  first: number;
}>;


export type StudioProductsQuery = { products: { nodes: Array<{ id: string, handle: string, title: string, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode } } }> } };

export type VariantPricesUpdateMutationVariables = Exact<{
  prices: Array<VariantPriceUpdateInput> | VariantPriceUpdateInput;
}>;


export type VariantPricesUpdateMutation = { variantPricesUpdate: { product: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string | null }> } };

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
export const CartUserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CartUserErrorFields on CartUserError {
  field
  message
  code
}
    `, {"fragmentName":"CartUserErrorFields"}) as unknown as TypedDocumentString<CartUserErrorFieldsFragment, unknown>;
export const CustomerMailingAddressFragmentDoc = new TypedDocumentString(`
    fragment CustomerMailingAddress on MailingAddress {
  id
  firstName
  lastName
  company
  address1
  address2
  city
  province
  zip
  countryCode
  phone
}
    `, {"fragmentName":"CustomerMailingAddress"}) as unknown as TypedDocumentString<CustomerMailingAddressFragment, unknown>;
export const MoneyAmountFragmentDoc = new TypedDocumentString(`
    fragment MoneyAmount on Money {
  amount
  currencyCode
}
    `, {"fragmentName":"MoneyAmount"}) as unknown as TypedDocumentString<MoneyAmountFragment, unknown>;
export const CartDetailsFragmentDoc = new TypedDocumentString(`
    fragment CartDetails on Cart {
  id
  totalQuantity
  cost {
    subtotalAmount {
      ...MoneyAmount
    }
    totalAmount {
      ...MoneyAmount
    }
    totalTaxAmount {
      ...MoneyAmount
    }
  }
  discountCodes {
    code
    applicable
  }
  lines(first: 100) {
    nodes {
      id
      quantity
      cost {
        amountPerQuantity {
          ...MoneyAmount
        }
        compareAtAmountPerQuantity {
          ...MoneyAmount
        }
        totalAmount {
          ...MoneyAmount
        }
      }
      merchandise {
        id
        title
        selectedOptions {
          name
          value
        }
        image {
          url(transform: {maxWidth: 192})
          altText
          width
          height
        }
        product {
          handle
          title
        }
      }
    }
  }
}
    fragment MoneyAmount on Money {
  amount
  currencyCode
}`, {"fragmentName":"CartDetails"}) as unknown as TypedDocumentString<CartDetailsFragment, unknown>;
export const CheckoutDetailsFragmentDoc = new TypedDocumentString(`
    fragment CheckoutDetails on Checkout {
  id
  email
  reservedUntil
  ready
  shippingAddress {
    ...CustomerMailingAddress
  }
  availableShippingRates {
    handle
    title
    price {
      ...MoneyAmount
    }
  }
  shippingRate {
    handle
  }
  cost {
    subtotalAmount {
      ...MoneyAmount
    }
    shippingAmount {
      ...MoneyAmount
    }
    totalTaxAmount {
      ...MoneyAmount
    }
    totalAmount {
      ...MoneyAmount
    }
  }
  cart {
    ...CartDetails
  }
  order {
    id
  }
}
    fragment CartDetails on Cart {
  id
  totalQuantity
  cost {
    subtotalAmount {
      ...MoneyAmount
    }
    totalAmount {
      ...MoneyAmount
    }
    totalTaxAmount {
      ...MoneyAmount
    }
  }
  discountCodes {
    code
    applicable
  }
  lines(first: 100) {
    nodes {
      id
      quantity
      cost {
        amountPerQuantity {
          ...MoneyAmount
        }
        compareAtAmountPerQuantity {
          ...MoneyAmount
        }
        totalAmount {
          ...MoneyAmount
        }
      }
      merchandise {
        id
        title
        selectedOptions {
          name
          value
        }
        image {
          url(transform: {maxWidth: 192})
          altText
          width
          height
        }
        product {
          handle
          title
        }
      }
    }
  }
}
fragment CustomerMailingAddress on MailingAddress {
  id
  firstName
  lastName
  company
  address1
  address2
  city
  province
  zip
  countryCode
  phone
}
fragment MoneyAmount on Money {
  amount
  currencyCode
}`, {"fragmentName":"CheckoutDetails"}) as unknown as TypedDocumentString<CheckoutDetailsFragment, unknown>;
export const CheckoutUserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckoutUserErrorFields on CheckoutUserError {
  field
  message
  code
}
    `, {"fragmentName":"CheckoutUserErrorFields"}) as unknown as TypedDocumentString<CheckoutUserErrorFieldsFragment, unknown>;
export const OrderDetailsFragmentDoc = new TypedDocumentString(`
    fragment OrderDetails on Order {
  id
  number
  createdAt
  email
  financialStatus
  fulfillmentStatus
  lines {
    title
    variantTitle
    sku
    quantity
    unitPrice {
      ...MoneyAmount
    }
    totalAmount {
      ...MoneyAmount
    }
  }
  shippingAddress {
    ...CustomerMailingAddress
  }
  subtotalAmount {
    ...MoneyAmount
  }
  shippingAmount {
    ...MoneyAmount
  }
  totalTaxAmount {
    ...MoneyAmount
  }
  totalAmount {
    ...MoneyAmount
  }
}
    fragment CustomerMailingAddress on MailingAddress {
  id
  firstName
  lastName
  company
  address1
  address2
  city
  province
  zip
  countryCode
  phone
}
fragment MoneyAmount on Money {
  amount
  currencyCode
}`, {"fragmentName":"OrderDetails"}) as unknown as TypedDocumentString<OrderDetailsFragment, unknown>;
export const PageExperimentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageExperimentFields on PageExperiment {
  status
  splitPercent
  startedAt
  stoppedAt
  winner
  versions {
    key
    views
    addsToCart
    blocks {
      type
      data
    }
  }
}
    `, {"fragmentName":"PageExperimentFields"}) as unknown as TypedDocumentString<PageExperimentFieldsFragment, unknown>;
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
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
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const ProductListingFragmentDoc = new TypedDocumentString(`
    fragment ProductListing on ProductConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
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
    ...ProductCard
  }
}
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
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
}`, {"fragmentName":"ProductListing"}) as unknown as TypedDocumentString<ProductListingFragment, unknown>;
export const SiteMenuFragmentDoc = new TypedDocumentString(`
    fragment SiteMenu on Menu {
  handle
  items {
    title
    url
    items {
      title
      url
    }
  }
}
    `, {"fragmentName":"SiteMenu"}) as unknown as TypedDocumentString<SiteMenuFragment, unknown>;
export const StudioPageResultFragmentDoc = new TypedDocumentString(`
    fragment StudioPageResult on PagePayload {
  page {
    id
    handle
  }
  userErrors {
    field
    message
    code
  }
}
    `, {"fragmentName":"StudioPageResult"}) as unknown as TypedDocumentString<StudioPageResultFragment, unknown>;
export const CartDocument = {"__meta__":{"operationType":"query","hash":"sha256:2acdee59f85f944feea2b11254f725bfb9aa53fb08e859b36e130c6a1100e5d7"}} as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const CartBuyerIdentityUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:3d9ad3e7429d325c3aa3a86ac51e1826c1f03ff59d60eea680787ce2cea88951"}} as unknown as TypedDocumentString<CartBuyerIdentityUpdateMutation, CartBuyerIdentityUpdateMutationVariables>;
export const CartCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:d4265f64ec81041e50d8838d47bec2eb488ba80482d612551a19eef65a86bb4a"}} as unknown as TypedDocumentString<CartCreateMutation, CartCreateMutationVariables>;
export const CartDiscountCodesUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:8635f8a0cdbee62a73ff6b049131219445d5cdaef6d743bdee7cda946a7e2dcd"}} as unknown as TypedDocumentString<CartDiscountCodesUpdateMutation, CartDiscountCodesUpdateMutationVariables>;
export const CartLinesAddDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:be0bf1a4def67432b164997fab31c295d69536dfbb00770698dde493e64336f0"}} as unknown as TypedDocumentString<CartLinesAddMutation, CartLinesAddMutationVariables>;
export const CartLinesRemoveDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:00ef79fa811251c99ae2016c71e3e2caf65b1defe870fa6888a12183cff2cb36"}} as unknown as TypedDocumentString<CartLinesRemoveMutation, CartLinesRemoveMutationVariables>;
export const CartLinesUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:e29fb701ac5503c503cc84149cde6e3e4b4bbb1a6436fcccd71fae98818f8d8f"}} as unknown as TypedDocumentString<CartLinesUpdateMutation, CartLinesUpdateMutationVariables>;
export const CheckoutDocument = {"__meta__":{"operationType":"query","hash":"sha256:a0e9b4c381af6e04e8a50ddfb72bcb1d408206492a97091a5defa15df2238578"}} as unknown as TypedDocumentString<CheckoutQuery, CheckoutQueryVariables>;
export const CheckoutCompleteDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:54459d9dc5c53141f5e47bb3c13e4f653afcb7e1a1df4d2603f3b4723df41f7f"}} as unknown as TypedDocumentString<CheckoutCompleteMutation, CheckoutCompleteMutationVariables>;
export const CheckoutStartDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:f2268732d375f7c6203dbf6ff0bae0d55fed5d2666b9687857923d91347f4f6e"}} as unknown as TypedDocumentString<CheckoutStartMutation, CheckoutStartMutationVariables>;
export const CheckoutUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:02890492810c23c43081d6c799fbe783fb78bf2b5cfdb624b8b23fd621d74c9a"}} as unknown as TypedDocumentString<CheckoutUpdateMutation, CheckoutUpdateMutationVariables>;
export const CollectionPageDocument = {"__meta__":{"operationType":"query","hash":"sha256:f5a26745cc4c6dd065e8d05fb44daf31a6b7b46aa8c37fe4f7cab540d4da6d85"}} as unknown as TypedDocumentString<CollectionPageQuery, CollectionPageQueryVariables>;
export const ContentPageDocument = {"__meta__":{"operationType":"query","hash":"sha256:50eb2635700903e8a8f9248b8ca13ac331849e1cc8f62d35492b60d3c9b49089"}} as unknown as TypedDocumentString<ContentPageQuery, ContentPageQueryVariables>;
export const CustomerAccessTokenCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:3e4afaf1bfaf85e48edc16d459f8454868a7666668209648665cdcabc21a415e"}} as unknown as TypedDocumentString<CustomerAccessTokenCreateMutation, CustomerAccessTokenCreateMutationVariables>;
export const CustomerAccessTokenDeleteDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:4f33ce12d902d5419ae79b92f14939fe5f871b5a06c95fc464c2fa1be54d93b5"}} as unknown as TypedDocumentString<CustomerAccessTokenDeleteMutation, CustomerAccessTokenDeleteMutationVariables>;
export const CustomerAccountDocument = {"__meta__":{"operationType":"query","hash":"sha256:c6dcad3999b7b6b28da9d612e2bca96e391131fba8c6333a4b8fb1e61f5cc1d8"}} as unknown as TypedDocumentString<CustomerAccountQuery, CustomerAccountQueryVariables>;
export const CustomerAddressCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:0f3fa97059687cb4adee99442b1a895d634484e416b9fb13786de793882e3265"}} as unknown as TypedDocumentString<CustomerAddressCreateMutation, CustomerAddressCreateMutationVariables>;
export const CustomerCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:cbf1584f7e787b8a1533dfb2b16f9371f92d2053d4b095f273cd3e101cdf426e"}} as unknown as TypedDocumentString<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerGreetingDocument = {"__meta__":{"operationType":"query","hash":"sha256:476baaac6878df073353f630f19eda46b575e97db39b0b8d04702a53361c3fd4"}} as unknown as TypedDocumentString<CustomerGreetingQuery, CustomerGreetingQueryVariables>;
export const CustomerOrdersDocument = {"__meta__":{"operationType":"query","hash":"sha256:3a6a8c76bffd77b245999d019bce7710e8218648c7ebb513fc103d1129219a65"}} as unknown as TypedDocumentString<CustomerOrdersQuery, CustomerOrdersQueryVariables>;
export const HomePageDocument = {"__meta__":{"operationType":"query","hash":"sha256:c20d16615f2c2436d5e9a28e322d357f993a5b5eef8ef031318f5e3faef704d9"}} as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const InventorySetDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:292414105e7f556cc91115d5437808171d378e5432abc4bdd045670a00bded53"}} as unknown as TypedDocumentString<InventorySetMutation, InventorySetMutationVariables>;
export const MenuUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:9169726c23c50f17ca3b830a51ed8644ad7346af23acba28a2bf1ee5efee7b6e"}} as unknown as TypedDocumentString<MenuUpdateMutation, MenuUpdateMutationVariables>;
export const OrderDocument = {"__meta__":{"operationType":"query","hash":"sha256:3539e71158b0fab6cd6b5e0ac9503f66e69de35b402343988837ef7e7675c6a0"}} as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const PageCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:9f1712df389139e2e9336dbdf75305e4ab59352f46b87389aaa876fe52d29c4d"}} as unknown as TypedDocumentString<PageCreateMutation, PageCreateMutationVariables>;
export const PageDeleteDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:50df2f047e8a4a1702b7e257657ea210ffac51a62281851ec28453b9d01b8ddd"}} as unknown as TypedDocumentString<PageDeleteMutation, PageDeleteMutationVariables>;
export const PageDuplicateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:a1cf76a819abefc50dfc792982372d9831693b83bc89418c832787ee431c8aca"}} as unknown as TypedDocumentString<PageDuplicateMutation, PageDuplicateMutationVariables>;
export const PageExperimentRecordDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:7929593ce2d230a41da67ea346007ddb0320272db211cd561f4f91b7e15cb682"}} as unknown as TypedDocumentString<PageExperimentRecordMutation, PageExperimentRecordMutationVariables>;
export const PageExperimentStartDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:0af55a511023fc62e65cf0db5cb415f18489da5f9689cf3d06f72b42ff56e482"}} as unknown as TypedDocumentString<PageExperimentStartMutation, PageExperimentStartMutationVariables>;
export const PageExperimentStopDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:32ed0c110425780f7ffd0c3e50d42485b166cc1f2ca2d05d23bedba05363359b"}} as unknown as TypedDocumentString<PageExperimentStopMutation, PageExperimentStopMutationVariables>;
export const PagePublishDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:883f998d13ef5526696bf53a0dbf8ba1631b251cfa0a48dfc88a42a8c2c36c65"}} as unknown as TypedDocumentString<PagePublishMutation, PagePublishMutationVariables>;
export const PageRevisionRestoreDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:63338edd96ec1272ed3810a2f0bef0422d47f7cbf0cebd5e969aaa0e621dacf0"}} as unknown as TypedDocumentString<PageRevisionRestoreMutation, PageRevisionRestoreMutationVariables>;
export const PageUnpublishDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:72c9f801563be3ad0be9d40e2f72c7aea8dddad60c81286399db4983cb4d733c"}} as unknown as TypedDocumentString<PageUnpublishMutation, PageUnpublishMutationVariables>;
export const PageUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:06146941f43158c2c1ea22100044071511f53d0c3339cc9e34ec8ece6f7b4f78"}} as unknown as TypedDocumentString<PageUpdateMutation, PageUpdateMutationVariables>;
export const ProductPageDocument = {"__meta__":{"operationType":"query","hash":"sha256:110a1052343667afd4b01660ee25cfbfdc3270a741bcc0c5a6bac755f64052eb"}} as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProductStockDocument = {"__meta__":{"operationType":"query","hash":"sha256:ba95cc0c45ab56c465e834aca870ff6cdeadb9f155fdf9a184c0491b90e4117b"}} as unknown as TypedDocumentString<ProductStockQuery, ProductStockQueryVariables>;
export const ProductUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:7be82cd191be768d4fe5bf54d1c90aefeefe540b5281bbf818483af6e0b0da42"}} as unknown as TypedDocumentString<ProductUpdateMutation, ProductUpdateMutationVariables>;
export const SearchPageDocument = {"__meta__":{"operationType":"query","hash":"sha256:003825ea4af58b1d420d3be1069a8fa5a2351c3601bd4ab5951eeae7811a7247"}} as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const SiteMenusDocument = {"__meta__":{"operationType":"query","hash":"sha256:0baa24785b714c40a41405d731b73cfb31f4f83803e8038df0d373882ed12502"}} as unknown as TypedDocumentString<SiteMenusQuery, SiteMenusQueryVariables>;
export const SitemapCollectionsDocument = {"__meta__":{"operationType":"query","hash":"sha256:0052d8fdf2f48cf130526acd7d0dfa6b820c4ef6d14df73667cbc1097468a5cf"}} as unknown as TypedDocumentString<SitemapCollectionsQuery, SitemapCollectionsQueryVariables>;
export const SitemapPagesDocument = {"__meta__":{"operationType":"query","hash":"sha256:37cd1e7bbc082fca21e6c10f19484c5ec1be46ad9157c5b144b0a0fb81a17ec1"}} as unknown as TypedDocumentString<SitemapPagesQuery, SitemapPagesQueryVariables>;
export const SitemapProductsDocument = {"__meta__":{"operationType":"query","hash":"sha256:0c96bb81d583fc821620966a159a85ab6b9c03aaf3a278a3a2e2a7980eb75172"}} as unknown as TypedDocumentString<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const StaffAccessTokenCreateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:f07087922d6c565d6c55b165f6ddbf906b422de2eb0a2d74a250f13113a6877c"}} as unknown as TypedDocumentString<StaffAccessTokenCreateMutation, StaffAccessTokenCreateMutationVariables>;
export const StaffMemberDocument = {"__meta__":{"operationType":"query","hash":"sha256:e3ce44efba3b68dea785d9003d5c691ffe0d816024b734ffee9a6ab077cd4112"}} as unknown as TypedDocumentString<StaffMemberQuery, StaffMemberQueryVariables>;
export const StudioCollectionsDocument = {"__meta__":{"operationType":"query","hash":"sha256:3e648d27d8c76cbefe97472e0a838f31bc5fb72c439d8db9aaf35f69f5c1a4e3"}} as unknown as TypedDocumentString<StudioCollectionsQuery, StudioCollectionsQueryVariables>;
export const StudioMenuDocument = {"__meta__":{"operationType":"query","hash":"sha256:b0f434703211819c5efe44a5dc10a907fef96a6a02631f894a7d1557c2e20ce0"}} as unknown as TypedDocumentString<StudioMenuQuery, StudioMenuQueryVariables>;
export const StudioNodeTitlesDocument = {"__meta__":{"operationType":"query","hash":"sha256:59c099bd1fe5b70e44e64e961ab2e038a0ebdbdf864257765b4c19952276c28d"}} as unknown as TypedDocumentString<StudioNodeTitlesQuery, StudioNodeTitlesQueryVariables>;
export const StudioPageDocument = {"__meta__":{"operationType":"query","hash":"sha256:b958014be2bfe18fc228b840d74c54f4fdb1daca1247af575f367b7fc5d59cf5"}} as unknown as TypedDocumentString<StudioPageQuery, StudioPageQueryVariables>;
export const StudioPagesDocument = {"__meta__":{"operationType":"query","hash":"sha256:6c1ad6b52b13ed009bdef7dbb3e31ac7c85181d030318927fcf3445c03f780c8"}} as unknown as TypedDocumentString<StudioPagesQuery, StudioPagesQueryVariables>;
export const StudioProductDocument = {"__meta__":{"operationType":"query","hash":"sha256:ed9bb3446074718ae0893508ec731bbf149587a30fdf2246c35cf0e0a14c5c3b"}} as unknown as TypedDocumentString<StudioProductQuery, StudioProductQueryVariables>;
export const StudioProductSearchDocument = {"__meta__":{"operationType":"query","hash":"sha256:6c785ce7a00c0eec159f67f584053620c18ea646692b3a6b9f106b3094532f66"}} as unknown as TypedDocumentString<StudioProductSearchQuery, StudioProductSearchQueryVariables>;
export const StudioProductsDocument = {"__meta__":{"operationType":"query","hash":"sha256:cabc400531802926cb4300ab386b14917009118fe1f3a4f164fa518010c013d1"}} as unknown as TypedDocumentString<StudioProductsQuery, StudioProductsQueryVariables>;
export const VariantPricesUpdateDocument = {"__meta__":{"operationType":"mutation","hash":"sha256:3e80fabc7f248ae0069c8c751741a537bef3a0bf99abfcd5a47f68d4d9d5093c"}} as unknown as TypedDocumentString<VariantPricesUpdateMutation, VariantPricesUpdateMutationVariables>;