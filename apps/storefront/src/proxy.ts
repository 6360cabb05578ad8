import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '../content-security-policy.mjs';
import { env } from './env';
import { gatewayRewriteHeaders } from './lib/first-party/first-party-header';
import { shopperAddress } from './lib/first-party/shopper-address';
import { HOME_ROUTE, encodeStateSegment } from './lib/internal-routes';
import { normaliseListingParams } from './lib/listing/listing-params';
import { normaliseVariantParams } from './lib/catalog/variant-params';

/**
 * Runs before routing:
 * - `/api/graphql` goes to the gateway, so the browser's personal requests (cart, live stock,
 *   the signed-in customer) are same-origin and carry the session cookie, with the shopper's
 *   address signed (`x-shop-client`). In production the edge may route this path to the gateway
 *   directly (deploy/varnish/default.vcl); the gateway then sees the shopper itself.
 * - Query strings of cacheable pages become one normalised path segment (internal-routes.ts).
 * - Dynamic pages (account, cart, checkout, orders, search) get a Content-Security-Policy with a fresh nonce, which
 *   Next.js puts on its scripts; cached pages get a hash-based one from cache-handler.mjs.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/api/graphql') {
    // The shopper's address goes along signed, so the gateway budgets each shopper on their own.
    const headers = gatewayRewriteHeaders(
      request.headers,
      shopperAddress(request.headers, env.TRUST_FORWARDED_FOR),
      env.FIRST_PARTY_SECRET,
    );
    return NextResponse.rewrite(new URL(env.GRAPHQL_URL), { request: { headers } });
  }
  if (pathname === '/search' || isPrivatePage(pathname)) return withNonce(request);
  if (pathname === '/') return NextResponse.rewrite(new URL(HOME_ROUTE, request.url));
  const match = /^\/(collections|products)\/([^/]+)$/.exec(pathname);
  if (!match || searchParams.size === 0) return NextResponse.next();
  const [, kind, handle] = match;
  const state = kind === 'collections' ? normaliseListingParams(searchParams) : normaliseVariantParams(searchParams);
  if (state.size === 0) return NextResponse.next();
  const target = new URL(`/${kind}/${handle}/${encodeStateSegment(state)}`, request.url);
  target.search = '';
  return NextResponse.rewrite(target);
}

/** The personal pages, rendered per request: the account, the cart, checkout and orders. */
function isPrivatePage(pathname: string): boolean {
  return /^\/(account|cart|checkout|orders)(\/|$)/.test(pathname);
}

/** Next.js reads the nonce from the request's policy header and sets it on every script it writes. */
function withNonce(request: NextRequest) {
  const policy = contentSecurityPolicy([`'nonce-${Buffer.from(crypto.randomUUID()).toString('base64')}'`]);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    '/',
    '/api/graphql',
    '/collections/:handle',
    '/products/:handle',
    '/search',
    '/account',
    '/account/:path*',
    '/cart',
    '/checkout',
    '/checkout/:path*',
    '/orders/:path*',
  ],
};
