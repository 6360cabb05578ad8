import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '../content-security-policy.mjs';
import { env } from './env';
import { gatewayRewriteHeaders } from './lib/first-party/first-party-header';
import { shopperAddress } from './lib/first-party/shopper-address';
import { draftCookieChecker } from './lib/content/draft-cookie';
import { BUCKET_HEADER, bucketFromHeader } from './lib/content/page-variant';
import { contentPageRoute, encodeStateSegment, homeRoute, isInternalContentPath } from './lib/internal-routes';
import { normaliseListingParams } from './lib/listing/listing-params';
import { normaliseVariantParams } from './lib/catalog/variant-params';

/**
 * Runs before routing:
 * - `/api/graphql` goes to the gateway, so the browser's personal requests (cart, live stock,
 *   the signed-in customer) are same-origin and carry the session cookie, with the shopper's
 *   address signed (`x-shop-client`). In production the edge may route this path to the gateway
 *   directly (deploy/varnish/default.vcl); the gateway then sees the shopper itself.
 * - Query strings of cacheable pages become one normalised path segment (internal-routes.ts).
 * - `/` and `/pages/<handle>` render with the shopper's A/B decile (`x-ab-bucket` from the edge) as
 *   a path segment; those internal paths asked for directly are a 404. Draft-mode renders
 *   (staff previews, never cached) get a nonce policy like the dynamic pages.
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
  if (isInternalContentPath(pathname)) return internalPass(request);
  const contentPage = /^\/pages\/([^/]+)$/.exec(pathname);
  if (pathname === '/' || contentPage) {
    const bucket = bucketFromHeader(request.headers.get(BUCKET_HEADER));
    const target = new URL(contentPage ? contentPageRoute(contentPage[1]!, bucket) : homeRoute(bucket), request.url);
    // Content pages read no query: tracking parameters must not reach the render.
    target.search = '';
    const headers = new Headers(request.headers);
    headers.set(ROUTE_MARK_HEADER, ROUTE_MARK);
    if (isDraftRequest(request)) return withNonce(request, target, headers);
    return NextResponse.rewrite(target, { request: { headers } });
  }
  const match = /^\/(collections|products)\/([^/]+)$/.exec(pathname);
  if (!match || searchParams.size === 0) return NextResponse.next();
  const [, kind, handle] = match;
  const state = kind === 'collections' ? normaliseListingParams(searchParams) : normaliseVariantParams(searchParams);
  if (state.size === 0) return NextResponse.next();
  const target = new URL(`/${kind}/${handle}/${encodeStateSegment(state)}`, request.url);
  target.search = '';
  return NextResponse.rewrite(target);
}

/** The personal pages, rendered per request: the account, the cart, checkout, orders and the staff studio. */
function isPrivatePage(pathname: string): boolean {
  return /^\/(account|cart|checkout|orders|studio)(\/|$)/.test(pathname);
}

/** Matches no route: Next.js answers with the not-found page and a 404. */
const NOT_FOUND_PATH = '/_not-found-internal';

/**
 * `next start` runs the proxy a second time for a path it rewrote to (seen with Next.js 16.4).
 * The first pass marks the rewritten request with a value made per process, which no client can
 * know, so the second pass lets exactly those through and a client asking for
 * `/pages/<handle>/<n>` or `/home/<n>` itself gets the 404.
 */
const ROUTE_MARK_HEADER = 'x-shop-route';
const ROUTE_MARK = crypto.randomUUID();

function internalPass(request: NextRequest) {
  if (request.headers.get(ROUTE_MARK_HEADER) !== ROUTE_MARK) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  const response = NextResponse.next();
  // A draft-mode render keeps the nonce policy its first pass gave it (the request carries it).
  const policy = request.headers.get('content-security-policy');
  if (policy && isDraftRequest(request)) response.headers.set('content-security-policy', policy);
  return response;
}

/** Next.js's draft-mode cookie; only this build's value turns draft mode on (draft-cookie.ts). */
const DRAFT_MODE_COOKIE = '__prerender_bypass';
const isDraftCookie = draftCookieChecker(process.cwd());
const isDraftRequest = (request: NextRequest) => isDraftCookie(request.cookies.get(DRAFT_MODE_COOKIE)?.value);

/** Next.js reads the nonce from the request's policy header and sets it on every script it writes. */
function withNonce(request: NextRequest, rewriteTo?: URL, requestHeaders: Headers = request.headers) {
  const policy = contentSecurityPolicy([`'nonce-${Buffer.from(crypto.randomUUID()).toString('base64')}'`]);
  const headers = new Headers(requestHeaders);
  headers.set('content-security-policy', policy);
  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    '/',
    '/pages/:handle',
    '/pages/:handle/:path+',
    '/home/:path*',
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
    '/studio',
    '/studio/:path*',
  ],
};
