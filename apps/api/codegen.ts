import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types per subgraph, generated from the SDL files (never from a live server).
// Mappers make resolver parents the rows our repositories return, not the GraphQL shapes.
const shared = {
  useIndexSignature: true,
  federation: true,
  scalars: { DateTime: 'Date | string', Decimal: 'string', URL: 'string', HTML: 'string', JSON: 'unknown' },
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  maybeValue: 'T | null',
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'src/subgraphs/catalog/generated/resolvers-types.ts': {
      schema: '../../packages/schema/subgraphs/catalog.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#CatalogContext',
        mappers: {
          Product: '../tables.js#ProductRow',
          ProductVariant: '../tables.js#VariantRow',
          Collection: '../tables.js#CollectionRow',
          Image: '../tables.js#ImageRow',
          Shop: '../tables.js#ShopRow',
          ProductConnection: '../product-list/listing.js#ProductListing',
        },
      },
    },
    'src/subgraphs/inventory/generated/resolvers-types.ts': {
      schema: '../../packages/schema/subgraphs/inventory.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#InventoryContext',
        // Inventory owns no catalog fields: its parents are entity references.
        mappers: { Product: '../context.js#EntityReference', ProductVariant: '../context.js#EntityReference' },
      },
    },
    'src/subgraphs/customers/generated/resolvers-types.ts': {
      schema: '../../packages/schema/subgraphs/customers.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#CustomersContext',
        mappers: {
          Customer: '../tables.js#CustomerRow',
          MailingAddress: '../tables.js#AddressRow',
          StaffMember: '../tables.js#StaffRow',
        },
      },
    },
    'src/subgraphs/cart/generated/resolvers-types.ts': {
      schema: '../../packages/schema/subgraphs/cart.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#CartContext',
        mappers: {
          Cart: '../tables.js#CartRow',
          CartLine: '../tables.js#CartLineRow',
          CartCost: '../pricing.js#CartPricing',
          CartLineCost: '../resolvers/CartLine.js#CartLineCostParent',
          CartBuyerIdentity: '../tables.js#CartRow',
          CartLineConnection: '../resolvers/Cart.js#CartLinePage',
        },
      },
    },
    'src/subgraphs/checkout/generated/resolvers-types.ts': {
      schema: '../../packages/schema/subgraphs/checkout.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#CheckoutContext',
        mappers: {
          Checkout: '../tables.js#CheckoutRow',
          CheckoutCost: '../pricing.js#CheckoutTotals',
          Order: '../tables.js#OrderRow',
          OrderLine: '../resolvers/OrderLine.js#OrderLineParent',
          OrderConnection: '../customer-orders.js#OrderPage',
          ShippingRate: '../tables.js#ShippingRateRow',
          MailingAddress: '../tables.js#AddressJson',
          Customer: '../customer-orders.js#CustomerReference',
        },
      },
    },
    'src/subgraphs/content/generated/resolvers-types.ts': {
      schema: '../../packages/schema/subgraphs/content.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#ContentContext',
        mappers: {
          Page: '../page-view.js#PageView',
          PageRevision: '../tables.js#PageRevisionRow',
          PageBlockData: '../tables.js#StoredBlock',
          PageExperiment: '../tables.js#PageExperimentRow',
          PageExperimentVersion: '../resolvers/PageExperiment.js#ExperimentVersion',
          PageBlock: '../page-view.js#BlockView',
          HeroBlock: '../page-view.js#BlockView',
          RichTextBlock: '../page-view.js#BlockView',
          ProductGridBlock: '../page-view.js#BlockView',
          CollectionBlock: '../page-view.js#BlockView',
          BannerBlock: '../page-view.js#BlockView',
          Image: '../resolvers/Image.js#ImageParent',
          Menu: '../tables.js#MenuRow',
          MenuItem: '../tables.js#StoredMenuItem',
          PageConnection: '../resolvers/Query.js#PageList',
          Seo: '../tables.js#StoredSeo',
        },
      },
    },
  },
};

export default config;
