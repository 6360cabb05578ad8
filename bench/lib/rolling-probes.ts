// What one shopper sees while a domain is down: a product page (with the header's menu and the
// signed-in customer, from content and customers), and one guest checkout to the end.
import { createShopperSteps, runShopper, type ShopperSteps } from './checkout-shopper.js';
import { body, postGraphQL } from './graphql.js';

const PRODUCT_PAGE = /* GraphQL */ `
  query RollingProductPage($handle: String!) {
    product(handle: $handle) {
      id
      title
      availableForSale
      variants(first: 5) {
        nodes {
          id
          availableForSale
        }
      }
    }
    menu(handle: "main") {
      items {
        title
      }
    }
    customer {
      id
    }
  }
`;

export interface PageProbe {
  product: 'present' | 'null';
  availableForSale: unknown;
  menu: 'present' | 'null';
  errors: Array<{ path: string; code: string }>;
  status: number;
}

export async function probeProductPage(gatewayUrl: string, handle: string): Promise<PageProbe> {
  type Data = { product: { availableForSale: boolean } | null; menu: unknown; customer: unknown };
  const { status, json } = await postGraphQL<Data>(gatewayUrl, body(PRODUCT_PAGE, { handle }));
  return {
    status,
    product: json.data?.product ? 'present' : 'null',
    availableForSale: json.data?.product?.availableForSale,
    menu: json.data?.menu ? 'present' : 'null',
    errors: (json.errors ?? []).map((error) => ({
      path: ((error as { path?: unknown[] }).path ?? []).join('.'),
      code: String(error.extensions?.code ?? 'NO_CODE'),
    })),
  };
}

export interface CheckoutProbe {
  outcome: string;
  /** The first failed answer of the step that failed, as the client got it. */
  firstProblem: string | null;
}

let probes = 0;

/** One guest checkout of one unit of `variantId`, start to finish (bench/lib/checkout-shopper.ts's shopper). */
export async function probeCheckout(gatewayUrl: string, variantId: number): Promise<CheckoutProbe> {
  const steps: ShopperSteps = createShopperSteps();
  const outcome = await runShopper(gatewayUrl, steps, variantId, 900_000 + probes++);
  const firstProblem = Object.values(steps).find((tally) => tally.firstProblem)?.firstProblem ?? null;
  return { outcome, firstProblem: firstProblem?.slice(0, 300) ?? null };
}
