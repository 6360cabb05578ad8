/* eslint-disable */
import * as types from './graphql';



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
    "query Cart($id: ID!) {\n  cart(id: $id) {\n    ...CartDetails\n  }\n}": typeof types.CartDocument,
    "mutation CartBuyerIdentityUpdate($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) {\n  cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": typeof types.CartBuyerIdentityUpdateDocument,
    "mutation CartCreate($input: CartInput!) {\n  cartCreate(input: $input) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": typeof types.CartCreateDocument,
    "fragment CartDetails on Cart {\n  id\n  totalQuantity\n  cost {\n    subtotalAmount {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n    totalTaxAmount {\n      ...MoneyAmount\n    }\n  }\n  discountCodes {\n    code\n    applicable\n  }\n  lines(first: 100) {\n    nodes {\n      id\n      quantity\n      cost {\n        amountPerQuantity {\n          ...MoneyAmount\n        }\n        compareAtAmountPerQuantity {\n          ...MoneyAmount\n        }\n        totalAmount {\n          ...MoneyAmount\n        }\n      }\n      merchandise {\n        id\n        title\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          url(transform: {maxWidth: 192})\n          altText\n          width\n          height\n        }\n        product {\n          handle\n          title\n        }\n      }\n    }\n  }\n}": typeof types.CartDetailsFragmentDoc,
    "mutation CartDiscountCodesUpdate($cartId: ID!, $discountCodes: [String!]!) {\n  cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $discountCodes) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": typeof types.CartDiscountCodesUpdateDocument,
    "mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": typeof types.CartLinesAddDocument,
    "mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n  cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": typeof types.CartLinesRemoveDocument,
    "mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n  cartLinesUpdate(cartId: $cartId, lines: $lines) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": typeof types.CartLinesUpdateDocument,
    "fragment CartUserErrorFields on CartUserError {\n  field\n  message\n  code\n}": typeof types.CartUserErrorFieldsFragmentDoc,
    "query Checkout($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetails\n  }\n}": typeof types.CheckoutDocument,
    "mutation CheckoutComplete($checkoutId: ID!, $payment: PaymentInput!, $idempotencyKey: String!) {\n  checkoutComplete(\n    checkoutId: $checkoutId\n    payment: $payment\n    idempotencyKey: $idempotencyKey\n  ) {\n    order {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}": typeof types.CheckoutCompleteDocument,
    "fragment CheckoutDetails on Checkout {\n  id\n  email\n  reservedUntil\n  ready\n  shippingAddress {\n    ...CustomerMailingAddress\n  }\n  availableShippingRates {\n    handle\n    title\n    price {\n      ...MoneyAmount\n    }\n  }\n  shippingRate {\n    handle\n  }\n  cost {\n    subtotalAmount {\n      ...MoneyAmount\n    }\n    shippingAmount {\n      ...MoneyAmount\n    }\n    totalTaxAmount {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n  }\n  cart {\n    ...CartDetails\n  }\n  order {\n    id\n  }\n}": typeof types.CheckoutDetailsFragmentDoc,
    "mutation CheckoutStart($cartId: ID!) {\n  checkoutStart(cartId: $cartId) {\n    checkout {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}": typeof types.CheckoutStartDocument,
    "mutation CheckoutUpdate($checkoutId: ID!, $input: CheckoutUpdateInput!) {\n  checkoutUpdate(checkoutId: $checkoutId, input: $input) {\n    checkout {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}": typeof types.CheckoutUpdateDocument,
    "fragment CheckoutUserErrorFields on CheckoutUserError {\n  field\n  message\n  code\n}": typeof types.CheckoutUserErrorFieldsFragmentDoc,
    "query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  collection(handle: $handle) {\n    id\n    handle\n    title\n    description\n    seo {\n      title\n      description\n    }\n    image {\n      url\n      altText\n      width\n      height\n    }\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filters: $filters\n    ) {\n      ...ProductListing\n    }\n  }\n}": typeof types.CollectionPageDocument,
    "query ContentPage($handle: String!, $preview: Boolean, $variant: String) {\n  page(handle: $handle, preview: $preview, variant: $variant) {\n    id\n    handle\n    title\n    status\n    updatedAt\n    variant\n    experimentSplit\n    seo {\n      title\n      description\n    }\n    blocks {\n      __typename\n      ... on HeroBlock {\n        heading\n        subheading\n        ctaLabel\n        ctaUrl\n        image {\n          url\n          altText\n          width\n          height\n        }\n      }\n      ... on RichTextBlock {\n        html\n      }\n      ... on ProductGridBlock {\n        gridHeading: heading\n        products {\n          ...ProductCard\n        }\n      }\n      ... on CollectionBlock {\n        collectionHeading: heading\n        limit\n        collection {\n          id\n          handle\n          title\n          products(first: 24) {\n            nodes {\n              ...ProductCard\n            }\n          }\n        }\n      }\n      ... on BannerBlock {\n        text\n        url\n        tone\n      }\n    }\n  }\n}": typeof types.ContentPageDocument,
    "mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {\n  customerAccessTokenCreate(input: $input) {\n    customerAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerAccessTokenCreateDocument,
    "mutation CustomerAccessTokenDelete($customerAccessToken: String!) {\n  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {\n    deletedAccessToken\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerAccessTokenDeleteDocument,
    "query CustomerAccount($addressCount: Int!) {\n  customer {\n    id\n    email\n    firstName\n    lastName\n    displayName\n    defaultAddress {\n      ...CustomerMailingAddress\n    }\n    addresses(first: $addressCount) {\n      nodes {\n        ...CustomerMailingAddress\n      }\n    }\n  }\n}": typeof types.CustomerAccountDocument,
    "mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {\n  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {\n    customerAddress {\n      ...CustomerMailingAddress\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerAddressCreateDocument,
    "mutation CustomerCreate($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n    customer {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerCreateDocument,
    "query CustomerGreeting {\n  customer {\n    id\n    firstName\n    displayName\n  }\n}": typeof types.CustomerGreetingDocument,
    "fragment CustomerMailingAddress on MailingAddress {\n  id\n  firstName\n  lastName\n  company\n  address1\n  address2\n  city\n  province\n  zip\n  countryCode\n  phone\n}": typeof types.CustomerMailingAddressFragmentDoc,
    "query CustomerOrders($first: Int!) {\n  customer {\n    id\n    orders(first: $first) {\n      nodes {\n        id\n        number\n        createdAt\n        financialStatus\n        fulfillmentStatus\n        totalAmount {\n          ...MoneyAmount\n        }\n      }\n    }\n  }\n}": typeof types.CustomerOrdersDocument,
    "query HomePage {\n  shop {\n    name\n    description\n  }\n  newArrivals: collection(handle: \"new-arrivals\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  bestSellers: collection(handle: \"best-sellers\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  collections(first: 12) {\n    nodes {\n      id\n      handle\n      title\n      image {\n        url\n        altText\n        width\n        height\n      }\n    }\n  }\n}": typeof types.HomePageDocument,
    "mutation InventorySet($variantId: ID!, $quantity: Int!) {\n  inventorySet(variantId: $variantId, quantity: $quantity) {\n    variant {\n      id\n      quantityAvailable\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.InventorySetDocument,
    "mutation MenuUpdate($handle: String!, $items: [MenuItemInput!]!) {\n  menuUpdate(handle: $handle, items: $items) {\n    menu {\n      handle\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.MenuUpdateDocument,
    "fragment MoneyAmount on Money {\n  amount\n  currencyCode\n}": typeof types.MoneyAmountFragmentDoc,
    "query Order($id: ID!) {\n  node(id: $id) {\n    ... on Order {\n      ...OrderDetails\n    }\n  }\n}": typeof types.OrderDocument,
    "fragment OrderDetails on Order {\n  id\n  number\n  createdAt\n  email\n  financialStatus\n  fulfillmentStatus\n  lines {\n    title\n    variantTitle\n    sku\n    quantity\n    unitPrice {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n  }\n  shippingAddress {\n    ...CustomerMailingAddress\n  }\n  subtotalAmount {\n    ...MoneyAmount\n  }\n  shippingAmount {\n    ...MoneyAmount\n  }\n  totalTaxAmount {\n    ...MoneyAmount\n  }\n  totalAmount {\n    ...MoneyAmount\n  }\n}": typeof types.OrderDetailsFragmentDoc,
    "mutation PageCreate($input: PageInput!) {\n  pageCreate(input: $input) {\n    ...StudioPageResult\n  }\n}": typeof types.PageCreateDocument,
    "mutation PageDelete($id: ID!) {\n  pageDelete(id: $id) {\n    ...StudioPageResult\n  }\n}": typeof types.PageDeleteDocument,
    "mutation PageDuplicate($id: ID!, $handle: String!) {\n  pageDuplicate(id: $id, handle: $handle) {\n    ...StudioPageResult\n  }\n}": typeof types.PageDuplicateDocument,
    "fragment PageExperimentFields on PageExperiment {\n  status\n  splitPercent\n  startedAt\n  stoppedAt\n  winner\n  versions {\n    key\n    views\n    addsToCart\n    blocks {\n      type\n      data\n    }\n  }\n}": typeof types.PageExperimentFieldsFragmentDoc,
    "mutation PageExperimentRecord($id: ID!, $variant: String!, $event: PageExperimentEvent!) {\n  pageExperimentRecord(id: $id, variant: $variant, event: $event)\n}": typeof types.PageExperimentRecordDocument,
    "mutation PageExperimentStart($id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!) {\n  pageExperimentStart(id: $id, blocks: $blocks, splitPercent: $splitPercent) {\n    page {\n      id\n      experiment {\n        ...PageExperimentFields\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.PageExperimentStartDocument,
    "mutation PageExperimentStop($id: ID!, $winner: String!) {\n  pageExperimentStop(id: $id, winner: $winner) {\n    page {\n      id\n      experiment {\n        ...PageExperimentFields\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.PageExperimentStopDocument,
    "mutation PagePublish($id: ID!, $publishAt: DateTime) {\n  pagePublish(id: $id, publishAt: $publishAt) {\n    ...StudioPageResult\n  }\n}": typeof types.PagePublishDocument,
    "mutation PageRevisionRestore($id: ID!, $revisionId: ID!) {\n  pageRevisionRestore(id: $id, revisionId: $revisionId) {\n    ...StudioPageResult\n  }\n}": typeof types.PageRevisionRestoreDocument,
    "mutation PageUnpublish($id: ID!) {\n  pageUnpublish(id: $id) {\n    ...StudioPageResult\n  }\n}": typeof types.PageUnpublishDocument,
    "mutation PageUpdate($id: ID!, $input: PageInput!) {\n  pageUpdate(id: $id, input: $input) {\n    ...StudioPageResult\n  }\n}": typeof types.PageUpdateDocument,
    "fragment ProductCard on Product {\n  id\n  handle\n  title\n  vendor\n  availableForSale\n  featuredImage {\n    url\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n  compareAtPriceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}": typeof types.ProductCardFragmentDoc,
    "fragment ProductListing on ProductConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n  filters {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n  nodes {\n    ...ProductCard\n  }\n}": typeof types.ProductListingFragmentDoc,
    "query ProductPage($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    descriptionHtml\n    vendor\n    productType\n    availableForSale\n    seo {\n      title\n      description\n    }\n    options {\n      name\n      values\n    }\n    featuredImage {\n      url\n      altText\n      width\n      height\n    }\n    images(first: 12) {\n      nodes {\n        id\n        url\n        altText\n        width\n        height\n      }\n    }\n    priceRange {\n      minVariantPrice {\n        amount\n        currencyCode\n      }\n      maxVariantPrice {\n        amount\n        currencyCode\n      }\n    }\n    variants(first: 250) {\n      nodes {\n        id\n        title\n        sku\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          id\n          url\n          altText\n          width\n          height\n        }\n      }\n    }\n    collections(first: 3) {\n      nodes {\n        id\n        handle\n        title\n      }\n    }\n  }\n}": typeof types.ProductPageDocument,
    "query ProductStock($handle: String!) {\n  product(handle: $handle) {\n    id\n    availableForSale\n    variants(first: 250) {\n      nodes {\n        id\n        availableForSale\n        quantityAvailable\n      }\n    }\n  }\n}": typeof types.ProductStockDocument,
    "mutation ProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n  productUpdate(id: $id, input: $input) {\n    product {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.ProductUpdateDocument,
    "query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    sortKey: $sortKey\n    reverse: $reverse\n    filters: $filters\n  ) {\n    ...ProductListing\n  }\n}": typeof types.SearchPageDocument,
    "query SiteMenus {\n  main: menu(handle: \"main\") {\n    ...SiteMenu\n  }\n  footer: menu(handle: \"footer\") {\n    ...SiteMenu\n  }\n}\n\nfragment SiteMenu on Menu {\n  handle\n  items {\n    title\n    url\n    items {\n      title\n      url\n    }\n  }\n}": typeof types.SiteMenusDocument,
    "query SitemapCollections($after: String) {\n  collections(first: 250, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": typeof types.SitemapCollectionsDocument,
    "query SitemapPages($after: String) {\n  publishedPages(first: 100, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": typeof types.SitemapPagesDocument,
    "query SitemapProducts($after: String) {\n  products(first: 250, after: $after, sortKey: CREATED_AT) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": typeof types.SitemapProductsDocument,
    "mutation StaffAccessTokenCreate($input: StaffAccessTokenCreateInput!) {\n  staffAccessTokenCreate(input: $input) {\n    staffAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.StaffAccessTokenCreateDocument,
    "query StaffMember {\n  staffMember {\n    id\n    email\n    roles\n  }\n}": typeof types.StaffMemberDocument,
    "query StudioCollections {\n  collections(first: 100) {\n    nodes {\n      id\n      title\n      handle\n    }\n  }\n}": typeof types.StudioCollectionsDocument,
    "query StudioMenu($handle: String!) {\n  menu(handle: $handle) {\n    handle\n    items {\n      title\n      url\n      items {\n        title\n        url\n      }\n    }\n  }\n}": typeof types.StudioMenuDocument,
    "query StudioNodeTitles($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Product {\n      id\n      title\n    }\n    ... on Collection {\n      id\n      title\n    }\n  }\n}": typeof types.StudioNodeTitlesDocument,
    "query StudioPage($handle: String!) {\n  page(handle: $handle, preview: true) {\n    id\n    handle\n    title\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    updatedBy\n    hasUnpublishedChanges\n    seo {\n      title\n      description\n    }\n    blocks {\n      __typename\n      ... on HeroBlock {\n        heading\n        subheading\n        ctaLabel\n        ctaUrl\n        image {\n          id\n          url(transform: {maxWidth: 320})\n          altText\n        }\n      }\n      ... on RichTextBlock {\n        html\n      }\n      ... on ProductGridBlock {\n        gridHeading: heading\n        products {\n          id\n        }\n      }\n      ... on CollectionBlock {\n        collectionHeading: heading\n        limit\n        collection {\n          id\n        }\n      }\n      ... on BannerBlock {\n        text\n        url\n        tone\n      }\n    }\n    revisions(first: 20) {\n      id\n      number\n      title\n      publishedAt\n      publishedBy\n    }\n    experiment {\n      ...PageExperimentFields\n    }\n  }\n}": typeof types.StudioPageDocument,
    "fragment StudioPageResult on PagePayload {\n  page {\n    id\n    handle\n  }\n  userErrors {\n    field\n    message\n    code\n  }\n}": typeof types.StudioPageResultFragmentDoc,
    "query StudioPages($first: Int, $status: PageStatus) {\n  pages(first: $first, status: $status) {\n    nodes {\n      id\n      handle\n      title\n      status\n      publishAt\n      publishedAt\n      updatedAt\n      updatedBy\n      hasUnpublishedChanges\n    }\n  }\n}": typeof types.StudioPagesDocument,
    "query StudioProduct($id: ID, $handle: String) {\n  product(id: $id, handle: $handle) {\n    id\n    handle\n    title\n    description\n    tags\n    variants(first: 100) {\n      nodes {\n        id\n        title\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        quantityAvailable\n      }\n    }\n  }\n}": typeof types.StudioProductDocument,
    "query StudioProductSearch($query: String, $first: Int!) {\n  products(first: $first, query: $query) {\n    nodes {\n      id\n      title\n      handle\n      images(first: 6) {\n        nodes {\n          id\n          url(transform: {maxWidth: 160})\n          altText\n        }\n      }\n    }\n  }\n}": typeof types.StudioProductSearchDocument,
    "query StudioProducts($query: String, $first: Int!) {\n  products(first: $first, query: $query, sortKey: TITLE) {\n    nodes {\n      id\n      handle\n      title\n      priceRange {\n        minVariantPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n}": typeof types.StudioProductsDocument,
    "mutation VariantPricesUpdate($prices: [VariantPriceUpdateInput!]!) {\n  variantPricesUpdate(prices: $prices) {\n    product {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.VariantPricesUpdateDocument,
};
const documents: Documents = {
    "query Cart($id: ID!) {\n  cart(id: $id) {\n    ...CartDetails\n  }\n}": types.CartDocument,
    "mutation CartBuyerIdentityUpdate($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) {\n  cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": types.CartBuyerIdentityUpdateDocument,
    "mutation CartCreate($input: CartInput!) {\n  cartCreate(input: $input) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": types.CartCreateDocument,
    "fragment CartDetails on Cart {\n  id\n  totalQuantity\n  cost {\n    subtotalAmount {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n    totalTaxAmount {\n      ...MoneyAmount\n    }\n  }\n  discountCodes {\n    code\n    applicable\n  }\n  lines(first: 100) {\n    nodes {\n      id\n      quantity\n      cost {\n        amountPerQuantity {\n          ...MoneyAmount\n        }\n        compareAtAmountPerQuantity {\n          ...MoneyAmount\n        }\n        totalAmount {\n          ...MoneyAmount\n        }\n      }\n      merchandise {\n        id\n        title\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          url(transform: {maxWidth: 192})\n          altText\n          width\n          height\n        }\n        product {\n          handle\n          title\n        }\n      }\n    }\n  }\n}": types.CartDetailsFragmentDoc,
    "mutation CartDiscountCodesUpdate($cartId: ID!, $discountCodes: [String!]!) {\n  cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $discountCodes) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": types.CartDiscountCodesUpdateDocument,
    "mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": types.CartLinesAddDocument,
    "mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n  cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": types.CartLinesRemoveDocument,
    "mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n  cartLinesUpdate(cartId: $cartId, lines: $lines) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}": types.CartLinesUpdateDocument,
    "fragment CartUserErrorFields on CartUserError {\n  field\n  message\n  code\n}": types.CartUserErrorFieldsFragmentDoc,
    "query Checkout($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetails\n  }\n}": types.CheckoutDocument,
    "mutation CheckoutComplete($checkoutId: ID!, $payment: PaymentInput!, $idempotencyKey: String!) {\n  checkoutComplete(\n    checkoutId: $checkoutId\n    payment: $payment\n    idempotencyKey: $idempotencyKey\n  ) {\n    order {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}": types.CheckoutCompleteDocument,
    "fragment CheckoutDetails on Checkout {\n  id\n  email\n  reservedUntil\n  ready\n  shippingAddress {\n    ...CustomerMailingAddress\n  }\n  availableShippingRates {\n    handle\n    title\n    price {\n      ...MoneyAmount\n    }\n  }\n  shippingRate {\n    handle\n  }\n  cost {\n    subtotalAmount {\n      ...MoneyAmount\n    }\n    shippingAmount {\n      ...MoneyAmount\n    }\n    totalTaxAmount {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n  }\n  cart {\n    ...CartDetails\n  }\n  order {\n    id\n  }\n}": types.CheckoutDetailsFragmentDoc,
    "mutation CheckoutStart($cartId: ID!) {\n  checkoutStart(cartId: $cartId) {\n    checkout {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}": types.CheckoutStartDocument,
    "mutation CheckoutUpdate($checkoutId: ID!, $input: CheckoutUpdateInput!) {\n  checkoutUpdate(checkoutId: $checkoutId, input: $input) {\n    checkout {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}": types.CheckoutUpdateDocument,
    "fragment CheckoutUserErrorFields on CheckoutUserError {\n  field\n  message\n  code\n}": types.CheckoutUserErrorFieldsFragmentDoc,
    "query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  collection(handle: $handle) {\n    id\n    handle\n    title\n    description\n    seo {\n      title\n      description\n    }\n    image {\n      url\n      altText\n      width\n      height\n    }\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filters: $filters\n    ) {\n      ...ProductListing\n    }\n  }\n}": types.CollectionPageDocument,
    "query ContentPage($handle: String!, $preview: Boolean, $variant: String) {\n  page(handle: $handle, preview: $preview, variant: $variant) {\n    id\n    handle\n    title\n    status\n    updatedAt\n    variant\n    experimentSplit\n    seo {\n      title\n      description\n    }\n    blocks {\n      __typename\n      ... on HeroBlock {\n        heading\n        subheading\n        ctaLabel\n        ctaUrl\n        image {\n          url\n          altText\n          width\n          height\n        }\n      }\n      ... on RichTextBlock {\n        html\n      }\n      ... on ProductGridBlock {\n        gridHeading: heading\n        products {\n          ...ProductCard\n        }\n      }\n      ... on CollectionBlock {\n        collectionHeading: heading\n        limit\n        collection {\n          id\n          handle\n          title\n          products(first: 24) {\n            nodes {\n              ...ProductCard\n            }\n          }\n        }\n      }\n      ... on BannerBlock {\n        text\n        url\n        tone\n      }\n    }\n  }\n}": types.ContentPageDocument,
    "mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {\n  customerAccessTokenCreate(input: $input) {\n    customerAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerAccessTokenCreateDocument,
    "mutation CustomerAccessTokenDelete($customerAccessToken: String!) {\n  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {\n    deletedAccessToken\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerAccessTokenDeleteDocument,
    "query CustomerAccount($addressCount: Int!) {\n  customer {\n    id\n    email\n    firstName\n    lastName\n    displayName\n    defaultAddress {\n      ...CustomerMailingAddress\n    }\n    addresses(first: $addressCount) {\n      nodes {\n        ...CustomerMailingAddress\n      }\n    }\n  }\n}": types.CustomerAccountDocument,
    "mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {\n  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {\n    customerAddress {\n      ...CustomerMailingAddress\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerAddressCreateDocument,
    "mutation CustomerCreate($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n    customer {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerCreateDocument,
    "query CustomerGreeting {\n  customer {\n    id\n    firstName\n    displayName\n  }\n}": types.CustomerGreetingDocument,
    "fragment CustomerMailingAddress on MailingAddress {\n  id\n  firstName\n  lastName\n  company\n  address1\n  address2\n  city\n  province\n  zip\n  countryCode\n  phone\n}": types.CustomerMailingAddressFragmentDoc,
    "query CustomerOrders($first: Int!) {\n  customer {\n    id\n    orders(first: $first) {\n      nodes {\n        id\n        number\n        createdAt\n        financialStatus\n        fulfillmentStatus\n        totalAmount {\n          ...MoneyAmount\n        }\n      }\n    }\n  }\n}": types.CustomerOrdersDocument,
    "query HomePage {\n  shop {\n    name\n    description\n  }\n  newArrivals: collection(handle: \"new-arrivals\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  bestSellers: collection(handle: \"best-sellers\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  collections(first: 12) {\n    nodes {\n      id\n      handle\n      title\n      image {\n        url\n        altText\n        width\n        height\n      }\n    }\n  }\n}": types.HomePageDocument,
    "mutation InventorySet($variantId: ID!, $quantity: Int!) {\n  inventorySet(variantId: $variantId, quantity: $quantity) {\n    variant {\n      id\n      quantityAvailable\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.InventorySetDocument,
    "mutation MenuUpdate($handle: String!, $items: [MenuItemInput!]!) {\n  menuUpdate(handle: $handle, items: $items) {\n    menu {\n      handle\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.MenuUpdateDocument,
    "fragment MoneyAmount on Money {\n  amount\n  currencyCode\n}": types.MoneyAmountFragmentDoc,
    "query Order($id: ID!) {\n  node(id: $id) {\n    ... on Order {\n      ...OrderDetails\n    }\n  }\n}": types.OrderDocument,
    "fragment OrderDetails on Order {\n  id\n  number\n  createdAt\n  email\n  financialStatus\n  fulfillmentStatus\n  lines {\n    title\n    variantTitle\n    sku\n    quantity\n    unitPrice {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n  }\n  shippingAddress {\n    ...CustomerMailingAddress\n  }\n  subtotalAmount {\n    ...MoneyAmount\n  }\n  shippingAmount {\n    ...MoneyAmount\n  }\n  totalTaxAmount {\n    ...MoneyAmount\n  }\n  totalAmount {\n    ...MoneyAmount\n  }\n}": types.OrderDetailsFragmentDoc,
    "mutation PageCreate($input: PageInput!) {\n  pageCreate(input: $input) {\n    ...StudioPageResult\n  }\n}": types.PageCreateDocument,
    "mutation PageDelete($id: ID!) {\n  pageDelete(id: $id) {\n    ...StudioPageResult\n  }\n}": types.PageDeleteDocument,
    "mutation PageDuplicate($id: ID!, $handle: String!) {\n  pageDuplicate(id: $id, handle: $handle) {\n    ...StudioPageResult\n  }\n}": types.PageDuplicateDocument,
    "fragment PageExperimentFields on PageExperiment {\n  status\n  splitPercent\n  startedAt\n  stoppedAt\n  winner\n  versions {\n    key\n    views\n    addsToCart\n    blocks {\n      type\n      data\n    }\n  }\n}": types.PageExperimentFieldsFragmentDoc,
    "mutation PageExperimentRecord($id: ID!, $variant: String!, $event: PageExperimentEvent!) {\n  pageExperimentRecord(id: $id, variant: $variant, event: $event)\n}": types.PageExperimentRecordDocument,
    "mutation PageExperimentStart($id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!) {\n  pageExperimentStart(id: $id, blocks: $blocks, splitPercent: $splitPercent) {\n    page {\n      id\n      experiment {\n        ...PageExperimentFields\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.PageExperimentStartDocument,
    "mutation PageExperimentStop($id: ID!, $winner: String!) {\n  pageExperimentStop(id: $id, winner: $winner) {\n    page {\n      id\n      experiment {\n        ...PageExperimentFields\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.PageExperimentStopDocument,
    "mutation PagePublish($id: ID!, $publishAt: DateTime) {\n  pagePublish(id: $id, publishAt: $publishAt) {\n    ...StudioPageResult\n  }\n}": types.PagePublishDocument,
    "mutation PageRevisionRestore($id: ID!, $revisionId: ID!) {\n  pageRevisionRestore(id: $id, revisionId: $revisionId) {\n    ...StudioPageResult\n  }\n}": types.PageRevisionRestoreDocument,
    "mutation PageUnpublish($id: ID!) {\n  pageUnpublish(id: $id) {\n    ...StudioPageResult\n  }\n}": types.PageUnpublishDocument,
    "mutation PageUpdate($id: ID!, $input: PageInput!) {\n  pageUpdate(id: $id, input: $input) {\n    ...StudioPageResult\n  }\n}": types.PageUpdateDocument,
    "fragment ProductCard on Product {\n  id\n  handle\n  title\n  vendor\n  availableForSale\n  featuredImage {\n    url\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n  compareAtPriceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}": types.ProductCardFragmentDoc,
    "fragment ProductListing on ProductConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n  filters {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n  nodes {\n    ...ProductCard\n  }\n}": types.ProductListingFragmentDoc,
    "query ProductPage($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    descriptionHtml\n    vendor\n    productType\n    availableForSale\n    seo {\n      title\n      description\n    }\n    options {\n      name\n      values\n    }\n    featuredImage {\n      url\n      altText\n      width\n      height\n    }\n    images(first: 12) {\n      nodes {\n        id\n        url\n        altText\n        width\n        height\n      }\n    }\n    priceRange {\n      minVariantPrice {\n        amount\n        currencyCode\n      }\n      maxVariantPrice {\n        amount\n        currencyCode\n      }\n    }\n    variants(first: 250) {\n      nodes {\n        id\n        title\n        sku\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          id\n          url\n          altText\n          width\n          height\n        }\n      }\n    }\n    collections(first: 3) {\n      nodes {\n        id\n        handle\n        title\n      }\n    }\n  }\n}": types.ProductPageDocument,
    "query ProductStock($handle: String!) {\n  product(handle: $handle) {\n    id\n    availableForSale\n    variants(first: 250) {\n      nodes {\n        id\n        availableForSale\n        quantityAvailable\n      }\n    }\n  }\n}": types.ProductStockDocument,
    "mutation ProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n  productUpdate(id: $id, input: $input) {\n    product {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.ProductUpdateDocument,
    "query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    sortKey: $sortKey\n    reverse: $reverse\n    filters: $filters\n  ) {\n    ...ProductListing\n  }\n}": types.SearchPageDocument,
    "query SiteMenus {\n  main: menu(handle: \"main\") {\n    ...SiteMenu\n  }\n  footer: menu(handle: \"footer\") {\n    ...SiteMenu\n  }\n}\n\nfragment SiteMenu on Menu {\n  handle\n  items {\n    title\n    url\n    items {\n      title\n      url\n    }\n  }\n}": types.SiteMenusDocument,
    "query SitemapCollections($after: String) {\n  collections(first: 250, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": types.SitemapCollectionsDocument,
    "query SitemapPages($after: String) {\n  publishedPages(first: 100, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": types.SitemapPagesDocument,
    "query SitemapProducts($after: String) {\n  products(first: 250, after: $after, sortKey: CREATED_AT) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": types.SitemapProductsDocument,
    "mutation StaffAccessTokenCreate($input: StaffAccessTokenCreateInput!) {\n  staffAccessTokenCreate(input: $input) {\n    staffAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.StaffAccessTokenCreateDocument,
    "query StaffMember {\n  staffMember {\n    id\n    email\n    roles\n  }\n}": types.StaffMemberDocument,
    "query StudioCollections {\n  collections(first: 100) {\n    nodes {\n      id\n      title\n      handle\n    }\n  }\n}": types.StudioCollectionsDocument,
    "query StudioMenu($handle: String!) {\n  menu(handle: $handle) {\n    handle\n    items {\n      title\n      url\n      items {\n        title\n        url\n      }\n    }\n  }\n}": types.StudioMenuDocument,
    "query StudioNodeTitles($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Product {\n      id\n      title\n    }\n    ... on Collection {\n      id\n      title\n    }\n  }\n}": types.StudioNodeTitlesDocument,
    "query StudioPage($handle: String!) {\n  page(handle: $handle, preview: true) {\n    id\n    handle\n    title\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    updatedBy\n    hasUnpublishedChanges\n    seo {\n      title\n      description\n    }\n    blocks {\n      __typename\n      ... on HeroBlock {\n        heading\n        subheading\n        ctaLabel\n        ctaUrl\n        image {\n          id\n          url(transform: {maxWidth: 320})\n          altText\n        }\n      }\n      ... on RichTextBlock {\n        html\n      }\n      ... on ProductGridBlock {\n        gridHeading: heading\n        products {\n          id\n        }\n      }\n      ... on CollectionBlock {\n        collectionHeading: heading\n        limit\n        collection {\n          id\n        }\n      }\n      ... on BannerBlock {\n        text\n        url\n        tone\n      }\n    }\n    revisions(first: 20) {\n      id\n      number\n      title\n      publishedAt\n      publishedBy\n    }\n    experiment {\n      ...PageExperimentFields\n    }\n  }\n}": types.StudioPageDocument,
    "fragment StudioPageResult on PagePayload {\n  page {\n    id\n    handle\n  }\n  userErrors {\n    field\n    message\n    code\n  }\n}": types.StudioPageResultFragmentDoc,
    "query StudioPages($first: Int, $status: PageStatus) {\n  pages(first: $first, status: $status) {\n    nodes {\n      id\n      handle\n      title\n      status\n      publishAt\n      publishedAt\n      updatedAt\n      updatedBy\n      hasUnpublishedChanges\n    }\n  }\n}": types.StudioPagesDocument,
    "query StudioProduct($id: ID, $handle: String) {\n  product(id: $id, handle: $handle) {\n    id\n    handle\n    title\n    description\n    tags\n    variants(first: 100) {\n      nodes {\n        id\n        title\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        quantityAvailable\n      }\n    }\n  }\n}": types.StudioProductDocument,
    "query StudioProductSearch($query: String, $first: Int!) {\n  products(first: $first, query: $query) {\n    nodes {\n      id\n      title\n      handle\n      images(first: 6) {\n        nodes {\n          id\n          url(transform: {maxWidth: 160})\n          altText\n        }\n      }\n    }\n  }\n}": types.StudioProductSearchDocument,
    "query StudioProducts($query: String, $first: Int!) {\n  products(first: $first, query: $query, sortKey: TITLE) {\n    nodes {\n      id\n      handle\n      title\n      priceRange {\n        minVariantPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n}": types.StudioProductsDocument,
    "mutation VariantPricesUpdate($prices: [VariantPriceUpdateInput!]!) {\n  variantPricesUpdate(prices: $prices) {\n    product {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.VariantPricesUpdateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cart($id: ID!) {\n  cart(id: $id) {\n    ...CartDetails\n  }\n}"): typeof import('./graphql').CartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartBuyerIdentityUpdate($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) {\n  cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CartBuyerIdentityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartCreate($input: CartInput!) {\n  cartCreate(input: $input) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CartCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CartDetails on Cart {\n  id\n  totalQuantity\n  cost {\n    subtotalAmount {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n    totalTaxAmount {\n      ...MoneyAmount\n    }\n  }\n  discountCodes {\n    code\n    applicable\n  }\n  lines(first: 100) {\n    nodes {\n      id\n      quantity\n      cost {\n        amountPerQuantity {\n          ...MoneyAmount\n        }\n        compareAtAmountPerQuantity {\n          ...MoneyAmount\n        }\n        totalAmount {\n          ...MoneyAmount\n        }\n      }\n      merchandise {\n        id\n        title\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          url(transform: {maxWidth: 192})\n          altText\n          width\n          height\n        }\n        product {\n          handle\n          title\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CartDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartDiscountCodesUpdate($cartId: ID!, $discountCodes: [String!]!) {\n  cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $discountCodes) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CartDiscountCodesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n  cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CartLinesRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartLinesUpdate($cartId: ID!, $lines: [CartLineUpdateInput!]!) {\n  cartLinesUpdate(cartId: $cartId, lines: $lines) {\n    cart {\n      ...CartDetails\n    }\n    userErrors {\n      ...CartUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CartLinesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CartUserErrorFields on CartUserError {\n  field\n  message\n  code\n}"): typeof import('./graphql').CartUserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Checkout($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetails\n  }\n}"): typeof import('./graphql').CheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutComplete($checkoutId: ID!, $payment: PaymentInput!, $idempotencyKey: String!) {\n  checkoutComplete(\n    checkoutId: $checkoutId\n    payment: $payment\n    idempotencyKey: $idempotencyKey\n  ) {\n    order {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CheckoutCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckoutDetails on Checkout {\n  id\n  email\n  reservedUntil\n  ready\n  shippingAddress {\n    ...CustomerMailingAddress\n  }\n  availableShippingRates {\n    handle\n    title\n    price {\n      ...MoneyAmount\n    }\n  }\n  shippingRate {\n    handle\n  }\n  cost {\n    subtotalAmount {\n      ...MoneyAmount\n    }\n    shippingAmount {\n      ...MoneyAmount\n    }\n    totalTaxAmount {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n  }\n  cart {\n    ...CartDetails\n  }\n  order {\n    id\n  }\n}"): typeof import('./graphql').CheckoutDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutStart($cartId: ID!) {\n  checkoutStart(cartId: $cartId) {\n    checkout {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CheckoutStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutUpdate($checkoutId: ID!, $input: CheckoutUpdateInput!) {\n  checkoutUpdate(checkoutId: $checkoutId, input: $input) {\n    checkout {\n      id\n    }\n    userErrors {\n      ...CheckoutUserErrorFields\n    }\n  }\n}"): typeof import('./graphql').CheckoutUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckoutUserErrorFields on CheckoutUserError {\n  field\n  message\n  code\n}"): typeof import('./graphql').CheckoutUserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  collection(handle: $handle) {\n    id\n    handle\n    title\n    description\n    seo {\n      title\n      description\n    }\n    image {\n      url\n      altText\n      width\n      height\n    }\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filters: $filters\n    ) {\n      ...ProductListing\n    }\n  }\n}"): typeof import('./graphql').CollectionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContentPage($handle: String!, $preview: Boolean, $variant: String) {\n  page(handle: $handle, preview: $preview, variant: $variant) {\n    id\n    handle\n    title\n    status\n    updatedAt\n    variant\n    experimentSplit\n    seo {\n      title\n      description\n    }\n    blocks {\n      __typename\n      ... on HeroBlock {\n        heading\n        subheading\n        ctaLabel\n        ctaUrl\n        image {\n          url\n          altText\n          width\n          height\n        }\n      }\n      ... on RichTextBlock {\n        html\n      }\n      ... on ProductGridBlock {\n        gridHeading: heading\n        products {\n          ...ProductCard\n        }\n      }\n      ... on CollectionBlock {\n        collectionHeading: heading\n        limit\n        collection {\n          id\n          handle\n          title\n          products(first: 24) {\n            nodes {\n              ...ProductCard\n            }\n          }\n        }\n      }\n      ... on BannerBlock {\n        text\n        url\n        tone\n      }\n    }\n  }\n}"): typeof import('./graphql').ContentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {\n  customerAccessTokenCreate(input: $input) {\n    customerAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerAccessTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerAccessTokenDelete($customerAccessToken: String!) {\n  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {\n    deletedAccessToken\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerAccessTokenDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerAccount($addressCount: Int!) {\n  customer {\n    id\n    email\n    firstName\n    lastName\n    displayName\n    defaultAddress {\n      ...CustomerMailingAddress\n    }\n    addresses(first: $addressCount) {\n      nodes {\n        ...CustomerMailingAddress\n      }\n    }\n  }\n}"): typeof import('./graphql').CustomerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {\n  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {\n    customerAddress {\n      ...CustomerMailingAddress\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerAddressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerCreate($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n    customer {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerGreeting {\n  customer {\n    id\n    firstName\n    displayName\n  }\n}"): typeof import('./graphql').CustomerGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CustomerMailingAddress on MailingAddress {\n  id\n  firstName\n  lastName\n  company\n  address1\n  address2\n  city\n  province\n  zip\n  countryCode\n  phone\n}"): typeof import('./graphql').CustomerMailingAddressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerOrders($first: Int!) {\n  customer {\n    id\n    orders(first: $first) {\n      nodes {\n        id\n        number\n        createdAt\n        financialStatus\n        fulfillmentStatus\n        totalAmount {\n          ...MoneyAmount\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CustomerOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomePage {\n  shop {\n    name\n    description\n  }\n  newArrivals: collection(handle: \"new-arrivals\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  bestSellers: collection(handle: \"best-sellers\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  collections(first: 12) {\n    nodes {\n      id\n      handle\n      title\n      image {\n        url\n        altText\n        width\n        height\n      }\n    }\n  }\n}"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InventorySet($variantId: ID!, $quantity: Int!) {\n  inventorySet(variantId: $variantId, quantity: $quantity) {\n    variant {\n      id\n      quantityAvailable\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').InventorySetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MenuUpdate($handle: String!, $items: [MenuItemInput!]!) {\n  menuUpdate(handle: $handle, items: $items) {\n    menu {\n      handle\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').MenuUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MoneyAmount on Money {\n  amount\n  currencyCode\n}"): typeof import('./graphql').MoneyAmountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Order($id: ID!) {\n  node(id: $id) {\n    ... on Order {\n      ...OrderDetails\n    }\n  }\n}"): typeof import('./graphql').OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderDetails on Order {\n  id\n  number\n  createdAt\n  email\n  financialStatus\n  fulfillmentStatus\n  lines {\n    title\n    variantTitle\n    sku\n    quantity\n    unitPrice {\n      ...MoneyAmount\n    }\n    totalAmount {\n      ...MoneyAmount\n    }\n  }\n  shippingAddress {\n    ...CustomerMailingAddress\n  }\n  subtotalAmount {\n    ...MoneyAmount\n  }\n  shippingAmount {\n    ...MoneyAmount\n  }\n  totalTaxAmount {\n    ...MoneyAmount\n  }\n  totalAmount {\n    ...MoneyAmount\n  }\n}"): typeof import('./graphql').OrderDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageCreate($input: PageInput!) {\n  pageCreate(input: $input) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageDelete($id: ID!) {\n  pageDelete(id: $id) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PageDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageDuplicate($id: ID!, $handle: String!) {\n  pageDuplicate(id: $id, handle: $handle) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PageDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageExperimentFields on PageExperiment {\n  status\n  splitPercent\n  startedAt\n  stoppedAt\n  winner\n  versions {\n    key\n    views\n    addsToCart\n    blocks {\n      type\n      data\n    }\n  }\n}"): typeof import('./graphql').PageExperimentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageExperimentRecord($id: ID!, $variant: String!, $event: PageExperimentEvent!) {\n  pageExperimentRecord(id: $id, variant: $variant, event: $event)\n}"): typeof import('./graphql').PageExperimentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageExperimentStart($id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!) {\n  pageExperimentStart(id: $id, blocks: $blocks, splitPercent: $splitPercent) {\n    page {\n      id\n      experiment {\n        ...PageExperimentFields\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').PageExperimentStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageExperimentStop($id: ID!, $winner: String!) {\n  pageExperimentStop(id: $id, winner: $winner) {\n    page {\n      id\n      experiment {\n        ...PageExperimentFields\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').PageExperimentStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagePublish($id: ID!, $publishAt: DateTime) {\n  pagePublish(id: $id, publishAt: $publishAt) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PagePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageRevisionRestore($id: ID!, $revisionId: ID!) {\n  pageRevisionRestore(id: $id, revisionId: $revisionId) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PageRevisionRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageUnpublish($id: ID!) {\n  pageUnpublish(id: $id) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PageUnpublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageUpdate($id: ID!, $input: PageInput!) {\n  pageUpdate(id: $id, input: $input) {\n    ...StudioPageResult\n  }\n}"): typeof import('./graphql').PageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductCard on Product {\n  id\n  handle\n  title\n  vendor\n  availableForSale\n  featuredImage {\n    url\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n  compareAtPriceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductListing on ProductConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n  filters {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n  nodes {\n    ...ProductCard\n  }\n}"): typeof import('./graphql').ProductListingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductPage($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    descriptionHtml\n    vendor\n    productType\n    availableForSale\n    seo {\n      title\n      description\n    }\n    options {\n      name\n      values\n    }\n    featuredImage {\n      url\n      altText\n      width\n      height\n    }\n    images(first: 12) {\n      nodes {\n        id\n        url\n        altText\n        width\n        height\n      }\n    }\n    priceRange {\n      minVariantPrice {\n        amount\n        currencyCode\n      }\n      maxVariantPrice {\n        amount\n        currencyCode\n      }\n    }\n    variants(first: 250) {\n      nodes {\n        id\n        title\n        sku\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          id\n          url\n          altText\n          width\n          height\n        }\n      }\n    }\n    collections(first: 3) {\n      nodes {\n        id\n        handle\n        title\n      }\n    }\n  }\n}"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductStock($handle: String!) {\n  product(handle: $handle) {\n    id\n    availableForSale\n    variants(first: 250) {\n      nodes {\n        id\n        availableForSale\n        quantityAvailable\n      }\n    }\n  }\n}"): typeof import('./graphql').ProductStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n  productUpdate(id: $id, input: $input) {\n    product {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').ProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    sortKey: $sortKey\n    reverse: $reverse\n    filters: $filters\n  ) {\n    ...ProductListing\n  }\n}"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiteMenus {\n  main: menu(handle: \"main\") {\n    ...SiteMenu\n  }\n  footer: menu(handle: \"footer\") {\n    ...SiteMenu\n  }\n}\n\nfragment SiteMenu on Menu {\n  handle\n  items {\n    title\n    url\n    items {\n      title\n      url\n    }\n  }\n}"): typeof import('./graphql').SiteMenusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapCollections($after: String) {\n  collections(first: 250, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql').SitemapCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapPages($after: String) {\n  publishedPages(first: 100, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql').SitemapPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapProducts($after: String) {\n  products(first: 250, after: $after, sortKey: CREATED_AT) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql').SitemapProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffAccessTokenCreate($input: StaffAccessTokenCreateInput!) {\n  staffAccessTokenCreate(input: $input) {\n    staffAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').StaffAccessTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffMember {\n  staffMember {\n    id\n    email\n    roles\n  }\n}"): typeof import('./graphql').StaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioCollections {\n  collections(first: 100) {\n    nodes {\n      id\n      title\n      handle\n    }\n  }\n}"): typeof import('./graphql').StudioCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioMenu($handle: String!) {\n  menu(handle: $handle) {\n    handle\n    items {\n      title\n      url\n      items {\n        title\n        url\n      }\n    }\n  }\n}"): typeof import('./graphql').StudioMenuDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioNodeTitles($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Product {\n      id\n      title\n    }\n    ... on Collection {\n      id\n      title\n    }\n  }\n}"): typeof import('./graphql').StudioNodeTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioPage($handle: String!) {\n  page(handle: $handle, preview: true) {\n    id\n    handle\n    title\n    status\n    publishAt\n    publishedAt\n    updatedAt\n    updatedBy\n    hasUnpublishedChanges\n    seo {\n      title\n      description\n    }\n    blocks {\n      __typename\n      ... on HeroBlock {\n        heading\n        subheading\n        ctaLabel\n        ctaUrl\n        image {\n          id\n          url(transform: {maxWidth: 320})\n          altText\n        }\n      }\n      ... on RichTextBlock {\n        html\n      }\n      ... on ProductGridBlock {\n        gridHeading: heading\n        products {\n          id\n        }\n      }\n      ... on CollectionBlock {\n        collectionHeading: heading\n        limit\n        collection {\n          id\n        }\n      }\n      ... on BannerBlock {\n        text\n        url\n        tone\n      }\n    }\n    revisions(first: 20) {\n      id\n      number\n      title\n      publishedAt\n      publishedBy\n    }\n    experiment {\n      ...PageExperimentFields\n    }\n  }\n}"): typeof import('./graphql').StudioPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StudioPageResult on PagePayload {\n  page {\n    id\n    handle\n  }\n  userErrors {\n    field\n    message\n    code\n  }\n}"): typeof import('./graphql').StudioPageResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioPages($first: Int, $status: PageStatus) {\n  pages(first: $first, status: $status) {\n    nodes {\n      id\n      handle\n      title\n      status\n      publishAt\n      publishedAt\n      updatedAt\n      updatedBy\n      hasUnpublishedChanges\n    }\n  }\n}"): typeof import('./graphql').StudioPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioProduct($id: ID, $handle: String) {\n  product(id: $id, handle: $handle) {\n    id\n    handle\n    title\n    description\n    tags\n    variants(first: 100) {\n      nodes {\n        id\n        title\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        quantityAvailable\n      }\n    }\n  }\n}"): typeof import('./graphql').StudioProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioProductSearch($query: String, $first: Int!) {\n  products(first: $first, query: $query) {\n    nodes {\n      id\n      title\n      handle\n      images(first: 6) {\n        nodes {\n          id\n          url(transform: {maxWidth: 160})\n          altText\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StudioProductSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudioProducts($query: String, $first: Int!) {\n  products(first: $first, query: $query, sortKey: TITLE) {\n    nodes {\n      id\n      handle\n      title\n      priceRange {\n        minVariantPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StudioProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VariantPricesUpdate($prices: [VariantPriceUpdateInput!]!) {\n  variantPricesUpdate(prices: $prices) {\n    product {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').VariantPricesUpdateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
