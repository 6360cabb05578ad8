import { expect, type Page } from '@playwright/test';
import { graphql, productWithPricedVariants } from './catalog.js';

// Buying things in the journeys: variants to buy (each journey its own, so two workers never
// race for one unit), a second shopper who buys through the API, and the checkout form.

export interface BuyableVariant {
  handle: string;
  productTitle: string;
  variantId: string;
  /** The product page showing exactly this variant. */
  path: string;
  quantityAvailable: number | null;
}

interface VariantNode {
  id: string;
  availableForSale: boolean;
  quantityAvailable: number | null;
  selectedOptions: { name: string; value: string }[];
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

let buyable: Promise<BuyableVariant[]> | null = null;

/** One buyable variant per product from the A end of the catalog (the cache slots take the Z end). */
function buyableVariants(): Promise<BuyableVariant[]> {
  buyable ??= (async () => {
    const avoid = (await productWithPricedVariants()).handle;
    const data = await graphql<{
      products: { nodes: { handle: string; title: string; variants: { nodes: VariantNode[] } }[] };
    }>(`
      {
        products(first: 40, sortKey: TITLE, query: "available_for_sale:true") {
          nodes {
            handle
            title
            variants(first: 20) {
              nodes {
                id
                availableForSale
                quantityAvailable
                selectedOptions {
                  name
                  value
                }
              }
            }
          }
        }
      }
    `);
    return data.products.nodes
      .filter((product) => product.handle !== avoid)
      .flatMap((product) => {
        const variant = product.variants.nodes.find((v) => v.availableForSale);
        if (!variant) return [];
        const query = new URLSearchParams(
          variant.selectedOptions.map((option) => [slug(option.name), option.value.toLowerCase()]),
        ).toString();
        return [
          {
            handle: product.handle,
            productTitle: product.title,
            variantId: variant.id,
            path: `/products/${product.handle}${query ? `?${query}` : ''}`,
            quantityAvailable: variant.quantityAvailable,
          },
        ];
      });
  })();
  return buyable;
}

const JOURNEYS = ['guest', 'signedIn', 'merge', 'keyboard', 'axe', 'mergeOwn', 'abCount'] as const;

/**
 * A buyable variant for one journey, a product of its own. The API hides exact stock, so this
 * assumes a unit or two can be bought (the seed stocks most variants with dozens).
 */
export async function variantFor(journey: (typeof JOURNEYS)[number]): Promise<BuyableVariant> {
  const variant = (await buyableVariants())[JOURNEYS.indexOf(journey)];
  if (!variant) throw new Error(`no well-stocked variant left for the ${journey} journey`);
  return variant;
}

/**
 * How many units of a variant can be bought now, asked the way a shopper would learn it: a cart
 * asking for the most one line may hold says "Only N … are available". Null when the cart takes
 * them all (stock not tracked), since the API hides exact stock from everyone.
 */
export async function unitsAvailable(variantId: string): Promise<number | null> {
  const probe = await graphql<{ cartCreate: { userErrors: { code: string | null; message: string }[] } }>(
    `
      mutation ($lines: [CartLineInput!]!) {
        cartCreate(input: { lines: $lines }) {
          userErrors {
            code
            message
          }
        }
      }
    `,
    { lines: [{ merchandiseId: variantId, quantity: 999 }] },
  );
  const error = probe.cartCreate.userErrors.find((candidate) => candidate.code === 'NOT_ENOUGH_STOCK');
  if (!error) return null;
  return Number(/Only (\d+)/.exec(error.message)?.[1] ?? 0);
}

/** A tracked variant in stock, from the far end of the journeys' list: the sold-out journey buys it all. */
export async function trackedVariant(): Promise<BuyableVariant> {
  for (const variant of (await buyableVariants()).slice(-15).reverse()) {
    const units = await unitsAvailable(variant.variantId);
    if (units != null && units > 0) return variant;
  }
  throw new Error('none of the candidate variants has tracked stock');
}

/** A second shopper buys every unit left, in as many orders as it takes (at most three). */
export async function buyAllThroughApi(variantId: string): Promise<number[]> {
  const orders: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const units = await unitsAvailable(variantId);
    if (!units) break;
    const bought = await buyThroughApi(variantId, units);
    if (bought.orderNumber == null)
      throw new Error(`the second shopper could not buy: ${JSON.stringify(bought.errors)}`);
    orders.push(bought.orderNumber);
  }
  return orders;
}

export const TEST_ADDRESS = {
  firstName: 'Grace',
  lastName: 'Hopper',
  address1: '1 Harbor Way',
  city: 'Arlington',
  zip: '22201',
  countryCode: 'US',
};

type UserErrors = { code: string | null; message: string }[];

/**
 * Another shopper buying `quantity` of a variant straight through the gateway (as a mobile app
 * would), start to finish with the test provider. Returns the userErrors of the step that refused.
 */
export async function buyThroughApi(
  variantId: string,
  quantity: number,
): Promise<{ orderNumber: number | null; errors: UserErrors }> {
  const created = await graphql<{ cartCreate: { cart: { id: string } | null; userErrors: UserErrors } }>(
    `
      mutation ($lines: [CartLineInput!]!) {
        cartCreate(input: { lines: $lines }) {
          cart {
            id
          }
          userErrors {
            code
            message
          }
        }
      }
    `,
    { lines: [{ merchandiseId: variantId, quantity }] },
  );
  if (!created.cartCreate.cart) return { orderNumber: null, errors: created.cartCreate.userErrors };
  const started = await graphql<{ checkoutStart: { checkout: { id: string } | null; userErrors: UserErrors } }>(
    `
      mutation ($cartId: ID!) {
        checkoutStart(cartId: $cartId) {
          checkout {
            id
          }
          userErrors {
            code
            message
          }
        }
      }
    `,
    { cartId: created.cartCreate.cart.id },
  );
  const checkoutId = started.checkoutStart.checkout?.id;
  if (!checkoutId) return { orderNumber: null, errors: started.checkoutStart.userErrors };
  const updated = await graphql<{
    checkoutUpdate: { checkout: { availableShippingRates: { handle: string }[] } | null; userErrors: UserErrors };
  }>(
    `
      mutation ($id: ID!, $input: CheckoutUpdateInput!) {
        checkoutUpdate(checkoutId: $id, input: $input) {
          checkout {
            availableShippingRates {
              handle
            }
          }
          userErrors {
            code
            message
          }
        }
      }
    `,
    { id: checkoutId, input: { email: 'second-shopper@example.com', shippingAddress: TEST_ADDRESS } },
  );
  const rate = updated.checkoutUpdate.checkout?.availableShippingRates[0]?.handle;
  if (!rate) return { orderNumber: null, errors: updated.checkoutUpdate.userErrors };
  await graphql(
    `
      mutation ($id: ID!, $input: CheckoutUpdateInput!) {
        checkoutUpdate(checkoutId: $id, input: $input) {
          userErrors {
            code
          }
        }
      }
    `,
    { id: checkoutId, input: { shippingRateHandle: rate } },
  );
  const completed = await graphql<{
    checkoutComplete: { order: { number: number } | null; userErrors: UserErrors };
  }>(
    `
      mutation ($id: ID!, $key: String!) {
        checkoutComplete(
          checkoutId: $id
          payment: { provider: "test", token: "tok_approve_visa" }
          idempotencyKey: $key
        ) {
          order {
            number
          }
          userErrors {
            code
            message
          }
        }
      }
    `,
    { id: checkoutId, key: `api-${Date.now()}-${Math.random().toString(36).slice(2)}` },
  );
  return {
    orderNumber: completed.checkoutComplete.order?.number ?? null,
    errors: completed.checkoutComplete.userErrors,
  };
}

/** Adds the page's selected variant to the cart and waits for the drawer to show the server's answer. */
export async function addToCartFromProductPage(page: Page, variant: BuyableVariant): Promise<void> {
  await page.goto(variant.path);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('link', { name: variant.productTitle }).first()).toBeVisible();
  // The server's answer has replaced the optimistic line once a remove button exists for it.
  await expect(
    drawer.getByRole('button', { name: new RegExp(`^Remove ${escapeRegExp(variant.productTitle)}`) }),
  ).toBeVisible({
    timeout: 10_000,
  });
}

/** Contact and address on /checkout, then the first shipping rate. */
export async function fillCheckout(page: Page, email: string | null): Promise<void> {
  if (email) await page.getByLabel('Email').fill(email);
  await page.getByLabel('First name').fill(TEST_ADDRESS.firstName);
  await page.getByLabel('Last name').fill(TEST_ADDRESS.lastName);
  await page.getByLabel('Street and number').fill(TEST_ADDRESS.address1);
  await page.getByLabel('City').fill(TEST_ADDRESS.city);
  await page.getByLabel('Postal code').fill(TEST_ADDRESS.zip);
  await page.getByLabel('Country').selectOption(TEST_ADDRESS.countryCode);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await chooseFirstRate(page);
}

export async function chooseFirstRate(page: Page): Promise<void> {
  const rate = page.getByRole('group', { name: 'Shipping method' }).getByRole('radio').first();
  await expect(rate).toBeVisible({ timeout: 10_000 });
  await rate.check();
  await expect(page.getByText('Shipping method saved.')).toBeVisible({ timeout: 10_000 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
