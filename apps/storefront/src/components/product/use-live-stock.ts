'use client';

import { useEffect, useState } from 'react';
import { ProductStockDocument, type ProductStockQuery } from '@/lib/graphql/generated/graphql';
import { STOREFRONT_CLIENT_HEADERS, trustedDocumentBody } from '@/lib/graphql/trusted-document';

export interface VariantStock {
  availableForSale: boolean;
  /** Null when the shop hides exact stock. */
  quantityAvailable: number | null;
}

export type LiveStock =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; variants: Map<string, VariantStock> };

/**
 * Stock as it is now, fetched by the browser: the page itself is cached for minutes at the
 * edge, so it never carries numbers that change by the second. The page works without it.
 */
export function useLiveStock(handle: string): LiveStock {
  const [stock, setStock] = useState<LiveStock>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...STOREFRONT_CLIENT_HEADERS },
      body: trustedDocumentBody(ProductStockDocument, { handle }),
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ data?: ProductStockQuery }>) : null))
      .then((body) => {
        const variants = body?.data?.product?.variants.nodes;
        if (!variants) return setStock({ state: 'failed' });
        setStock({ state: 'ready', variants: new Map(variants.map((variant) => [variant.id, variant])) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setStock({ state: 'failed' });
      });
    return () => controller.abort();
  }, [handle]);
  return stock;
}
