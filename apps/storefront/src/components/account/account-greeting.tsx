'use client';

import { useEffect, useState } from 'react';
import { CustomerGreetingDocument, type CustomerGreetingQuery } from '../../lib/graphql/generated/graphql';
import { SIGNED_IN_HINT_COOKIE } from '../../lib/customers/session-cookie';

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
  useEffect(() => {
    if (!hasSessionHint()) return;
    const controller = new AbortController();
    fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CustomerGreetingDocument.toString() }),
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ data?: CustomerGreetingQuery }>) : null))
      .then((body) => {
        const customer = body?.data?.customer;
        if (customer) setName(customer.firstName || customer.displayName);
      })
      .catch(() => {});
    return () => controller.abort();
  }, []);
  return <>{name ? `Hi, ${name}` : 'Account'}</>;
}
