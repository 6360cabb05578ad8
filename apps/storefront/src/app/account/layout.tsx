import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Account pages are personal: never indexed, never prerendered or cached. force-dynamic makes
// Next.js send `Cache-Control: private, no-cache, no-store, max-age=0, must-revalidate` for
// every page below, including the sign-in and sign-up forms (which echo what was typed).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AccountLayout({ children }: { children: ReactNode }) {
  return children;
}
