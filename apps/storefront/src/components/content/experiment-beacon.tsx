'use client';

import { useEffect, useRef } from 'react';
import { recordExperimentEvent, rememberExperimentView, sessionStore } from '@/lib/content/experiment-events';
import { isPageVariant } from '@/lib/content/page-variant';

export interface ExperimentBeaconProps {
  pageId: string;
  /** Page.variant: `a` or `b` while a test runs; anything else renders nothing. */
  variant: string | null | undefined;
}

/**
 * Rendered by content pages (not in draft mode). Under an A/B test the cached HTML says only
 * which page and version it is; once per page view the browser counts the view and remembers it
 * for the tab, so an add-to-cart later is counted for this version (cart-provider.tsx).
 */
export function ExperimentBeacon({ pageId, variant }: ExperimentBeaconProps) {
  const counted = useRef<string | null>(null);
  useEffect(() => {
    if (!isPageVariant(variant)) return;
    const key = `${pageId} ${variant}`;
    // Strict Mode runs effects twice; a view is one count.
    if (counted.current === key) return;
    counted.current = key;
    rememberExperimentView(sessionStore(), { pageId, variant });
    void recordExperimentEvent({ pageId, variant }, 'VIEW');
  }, [pageId, variant]);
  if (!isPageVariant(variant)) return null;
  return <div hidden data-ab-page={pageId} data-ab-variant={variant} />;
}
