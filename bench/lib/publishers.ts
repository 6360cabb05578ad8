import { randomBytes } from 'node:crypto';

// What bench/publish-to-edge.ts publishes: a content page (pagePublish, the default) or a
// product's prices (variantPricesUpdate, BENCH_PUBLISH=price). Each publish changes what the
// page shows to a text of its own, which the bench waits for at the edge.

export interface Publisher {
  label: string;
  /** The storefront path that shows what is published. */
  path: string;
  /** The cache tag every publish's outbox row carries. */
  tag: string;
  /** Prepares publish `i` (untimed, e.g. the draft edit); `publish` is the timed step, `shows` what the new version shows. */
  prepare(i: number): Promise<{ publish: () => Promise<void>; shows: string }>;
}

export async function gql<T>(
  gatewayUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  const payload = Object.values(body.data)[0] as { userErrors?: unknown[] } | undefined;
  if (payload?.userErrors?.length) throw new Error(`userErrors: ${JSON.stringify(payload.userErrors)}`);
  return body.data;
}

type PagePayload = { page: { id: string; handle: string } };

/** A page of one rich-text block; each publish puts a new sentence in the draft, then publishes it. */
export async function pagePublisher(gatewayUrl: string, marketerToken: string): Promise<Publisher> {
  const run = randomBytes(4).toString('hex');
  const blocks = (text: string) => [{ type: 'RichTextBlock', data: { html: `<p>${text}</p>` } }];
  const { pageCreate } = await gql<{ pageCreate: PagePayload }>(
    gatewayUrl,
    marketerToken,
    'mutation ($input: PageInput!) { pageCreate(input: $input) { page { id handle } userErrors { message } } }',
    { input: { handle: `bench-${run}`, title: 'Bench page', blocks: blocks(`Bench ${run} version start`) } },
  );
  const { id, handle } = pageCreate.page;
  const publish = () =>
    gql(gatewayUrl, marketerToken, 'mutation ($id: ID!) { pagePublish(id: $id) { userErrors { message } } }', { id });
  await publish();
  return {
    label: `publishes of page /pages/${handle} (pagePublish)`,
    path: `/pages/${handle}`,
    tag: `page:${id.split('/').pop()}`,
    async prepare(i) {
      const shows = `Bench ${run} version ${i}`;
      await gql(
        gatewayUrl,
        marketerToken,
        'mutation ($id: ID!, $input: PageInput!) { pageUpdate(id: $id, input: $input) { userErrors { message } } }',
        { id, input: { blocks: blocks(shows) } },
      );
      return { publish: async () => void (await publish()), shows };
    },
  };
}

/** The first product by title; each publish sets every variant to a price of its own. */
export async function pricePublisher(gatewayUrl: string, merchandiserToken: string): Promise<Publisher> {
  const { products } = await gql<{
    products: {
      nodes: { id: string; handle: string; variants: { nodes: { id: string; price: { currencyCode: string } }[] } }[];
    };
  }>(
    gatewayUrl,
    merchandiserToken,
    '{ products(first: 1, sortKey: TITLE) { nodes { id handle variants(first: 100) { nodes { id price { currencyCode } } } } } }',
  );
  const product = products.nodes[0]!;
  const currency = product.variants.nodes[0]!.price.currencyCode;
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return {
    label: `price changes of /products/${product.handle} (variantPricesUpdate)`,
    path: `/products/${product.handle}`,
    tag: `product:${product.id.split('/').pop()}`,
    async prepare(i) {
      const amount = `${100 + i}.${String(11 + (i % 89)).padStart(2, '0')}`;
      const prices = product.variants.nodes.map((variant) => ({ variantId: variant.id, price: amount }));
      const mutation =
        'mutation ($prices: [VariantPriceUpdateInput!]!) { variantPricesUpdate(prices: $prices) { userErrors { code } } }';
      return {
        publish: async () => void (await gql(gatewayUrl, merchandiserToken, mutation, { prices })),
        shows: format.format(Number(amount)),
      };
    },
  };
}
