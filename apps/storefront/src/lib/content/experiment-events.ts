import {
  PageExperimentRecordDocument,
  type PageExperimentEvent,
  type PageExperimentRecordMutation,
} from '@/lib/graphql/generated/graphql';
import { STOREFRONT_CLIENT_HEADERS, trustedDocumentBody } from '@/lib/graphql/trusted-document';
import { isPageVariant, type PageVariant } from './page-variant';

// The browser's side of A/B counting (docs/adr/0012). Cached pages say only which page and version
// they are; the browser sends the view, and remembers it for the tab (sessionStorage) so that a
// later add-to-cart is counted for the version the shopper saw last.

export interface ExperimentView {
  pageId: string;
  variant: PageVariant;
}

export const EXPERIMENT_VIEW_KEY = 'shop_ab_last_view';

/** The last page under test this tab showed; null when none, or when storage is unavailable. */
export function lastExperimentView(storage: Storage | null): ExperimentView | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(EXPERIMENT_VIEW_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { pageId, variant } = value as Record<string, unknown>;
    if (typeof pageId !== 'string' || !isPageVariant(variant)) return null;
    return { pageId, variant };
  } catch {
    return null;
  }
}

export function rememberExperimentView(storage: Storage | null, view: ExperimentView): void {
  try {
    storage?.setItem(EXPERIMENT_VIEW_KEY, JSON.stringify(view));
  } catch {
    // Storage off or full: the add-to-cart of this tab goes uncounted, nothing else.
  }
}

/**
 * Sends the count; true when the API counted it. Anonymous (no cookies) and `keepalive`, so an
 * add-to-cart followed by a navigation still arrives. A failure is a missed count, never an error.
 */
export async function recordExperimentEvent(
  view: ExperimentView,
  event: PageExperimentEvent,
  send: typeof fetch = fetch,
): Promise<boolean> {
  try {
    const response = await send('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...STOREFRONT_CLIENT_HEADERS },
      body: trustedDocumentBody(PageExperimentRecordDocument, { id: view.pageId, variant: view.variant, event }),
      keepalive: true,
      credentials: 'omit',
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { data?: PageExperimentRecordMutation | null };
    return body.data?.pageExperimentRecord === true;
  } catch {
    return false;
  }
}

/** The tab's sessionStorage, or null (server render, storage disabled). */
export function sessionStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** After an add-to-cart: counts it for the page under test the shopper saw last, if any. */
export function recordAddToCartForLastView(): void {
  const view = lastExperimentView(sessionStore());
  if (view) void recordExperimentEvent(view, 'ADD_TO_CART');
}
