'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CustomerGreetingDocument, type CustomerGreetingQuery } from '@/lib/graphql/generated/graphql';
import { STOREFRONT_CLIENT_HEADERS, trustedDocumentBody } from '@/lib/graphql/trusted-document';
import { SIGNED_IN_HINT_COOKIE } from '@/lib/customers/session-cookie';

const noSubscription = () => () => {};

function hasSessionHint(): boolean {
  return document.cookie.split(';').some((part) => part.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}

/**
 * The header's account label: "Account" in the cached page, the shopper's first name once the
 * browser has asked (only when a session exists). The label's box has a fixed width, so the
 * swap moves nothing.
 */
export function AccountGreeting() {
  const [name, setName] = useState<string | null>(null);
  // Sign-in and sign-out end in a client-side navigation that keeps this layout: the pathname
  // changes, so the cookie is read again (false on the server, where there is no shopper).
  const pathname = usePathname();
  const signedIn = useSyncExternalStore(noSubscription, hasSessionHint, () => false);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...STOREFRONT_CLIENT_HEADERS },
      body: trustedDocumentBody(CustomerGreetingDocument),
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ data?: CustomerGreetingQuery }>) : null))
      .then((body) => {
        const customer = body?.data?.customer;
        setName(customer ? customer.firstName || customer.displayName : null);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [signedIn, pathname]);
  // The link keeps "account" in its name for screen readers once it greets.
  return signedIn && name ? (
    <>
      Hi, {name}
      <span className="visually-hidden">, your account</span>
    </>
  ) : (
    <>Account</>
  );
}
