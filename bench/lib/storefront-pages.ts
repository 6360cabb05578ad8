import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scrape, settle } from './metrics.js';

export interface PageResponse {
  status: number;
  /** `x-nextjs-cache`: HIT, MISS, STALE, or null. */
  cache: string | null;
  cacheControl: string | null;
  /** The page's first `<h1 …>…</h1>`, markup included. */
  h1: string | null;
  body: string;
}

const H1 = /<h1\b[^>]*>[\s\S]*?<\/h1>/;

export async function getPage(url: string, cookie?: string): Promise<PageResponse> {
  const res = await fetch(url, {
    headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  const body = await res.text();
  return {
    status: res.status,
    cache: res.headers.get('x-nextjs-cache'),
    cacheControl: res.headers.get('cache-control'),
    h1: H1.exec(body)?.[0] ?? null,
    body,
  };
}

/** The text of an `<h1>` found by getPage, for the report. */
export function h1Text(h1: string | null): string {
  return (h1 ?? '').replace(/<[^>]+>/g, '').trim();
}

/** Requests the page until Next.js serves it from the page cache (the first request renders and stores it). */
export async function warmPage(url: string): Promise<PageResponse> {
  let last: PageResponse | null = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    // A STALE answer (the page outlived its revalidate while earlier audits ran) starts a render in
    // the background; on a busy machine that takes a while, so wait before asking again.
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    last = await getPage(url);
    if (last.status !== 200) throw new Error(`GET ${url} answered HTTP ${last.status}: ${last.body.slice(0, 300)}`);
    if (last.cache === 'HIT') return last;
  }
  throw new Error(`GET ${url} never came from the page cache (x-nextjs-cache: ${last?.cache ?? 'absent'})`);
}

/**
 * Draft mode: Next.js renders a page on every request, bypassing the page cache, when the
 * `__prerender_bypass` cookie holds the build's preview mode ID (what `draftMode().enable()` sets).
 */
export async function draftModeCookie(storefrontDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(storefrontDir, '.next', 'prerender-manifest.json'), 'utf8')) as {
    preview?: { previewModeId?: string };
  };
  const id = manifest.preview?.previewModeId;
  if (!id)
    throw new Error(
      'prerender-manifest.json has no preview.previewModeId; draft mode cannot be used to force a render',
    );
  return `__prerender_bypass=${id}`;
}

export interface ProductPageCheck {
  /** `<h1>` markup per handle, from the cached page; every measured response must contain it. */
  h1ByHandle: Record<string, string>;
  /** Sequential pass with the draft-mode cookie, after the pages were cached. */
  dynamic: {
    requests: number;
    status200: number;
    sameH1: number;
    privateNoStore: number;
    cacheHeader: Record<string, number>;
    gatewayRequests: number;
  };
  /** Sequential pass without the cookie, after the draft-mode pass. */
  cached: { requests: number; status200: number; sameH1: number; hits: number; gatewayRequests: number };
  problems: string[];
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Before any load: each product page is cached (warmed until HIT), then requested once with the
 * draft-mode cookie and once without, one request at a time, counting the gateway's /graphql
 * requests around each pass. A real render asks the gateway once per page (the page and its
 * metadata share one product query); a page-cache hit asks it nothing. So the counts show
 * which responses were rendered, whatever the response headers say.
 */
export async function checkProductPages(
  storefrontUrl: string,
  metricsUrl: string,
  handles: string[],
  cookie: string,
): Promise<ProductPageCheck> {
  const h1ByHandle: Record<string, string> = {};
  const problems: string[] = [];
  for (const handle of handles) {
    const page = await warmPage(`${storefrontUrl}/products/${handle}`);
    if (!page.h1) throw new Error(`/products/${handle} has no <h1>`);
    h1ByHandle[handle] = page.h1;
  }

  const dynamic = {
    requests: 0,
    status200: 0,
    sameH1: 0,
    privateNoStore: 0,
    cacheHeader: {} as Record<string, number>,
    gatewayRequests: 0,
  };
  await settle(metricsUrl);
  let before = await scrape(metricsUrl);
  for (const handle of handles) {
    const page = await getPage(`${storefrontUrl}/products/${handle}`, cookie);
    dynamic.requests += 1;
    if (page.status === 200) dynamic.status200 += 1;
    if (page.h1 === h1ByHandle[handle]) dynamic.sameH1 += 1;
    if (/\bprivate\b/.test(page.cacheControl ?? '') && /\bno-store\b/.test(page.cacheControl ?? ''))
      dynamic.privateNoStore += 1;
    tally(dynamic.cacheHeader, page.cache ?? 'absent');
  }
  await settle(metricsUrl);
  let after = await scrape(metricsUrl);
  dynamic.gatewayRequests = after.graphqlRequests - before.graphqlRequests;

  const cached = { requests: 0, status200: 0, sameH1: 0, hits: 0, gatewayRequests: 0 };
  before = after;
  for (const handle of handles) {
    const page = await getPage(`${storefrontUrl}/products/${handle}`);
    cached.requests += 1;
    if (page.status === 200) cached.status200 += 1;
    if (page.h1 === h1ByHandle[handle]) cached.sameH1 += 1;
    if (page.cache === 'HIT') cached.hits += 1;
  }
  await settle(metricsUrl);
  after = await scrape(metricsUrl);
  cached.gatewayRequests = after.graphqlRequests - before.graphqlRequests;

  const n = handles.length;
  if (dynamic.status200 !== n || dynamic.sameH1 !== n)
    problems.push(
      `draft-mode pages: ${dynamic.status200}/${n} HTTP 200, ${dynamic.sameH1}/${n} with the cached page's <h1>`,
    );
  if (dynamic.privateNoStore !== n)
    problems.push(
      `draft-mode pages: ${dynamic.privateNoStore}/${n} with Cache-Control private, no-store (draft mode not on?)`,
    );
  if (dynamic.gatewayRequests < n)
    problems.push(
      `draft-mode pages: ${dynamic.gatewayRequests} gateway requests for ${n} pages; some were not rendered`,
    );
  if (cached.status200 !== n || cached.sameH1 !== n || cached.hits !== n)
    problems.push(
      `cached pages: ${cached.status200}/${n} HTTP 200, ${cached.sameH1}/${n} same <h1>, ${cached.hits}/${n} x-nextjs-cache: HIT`,
    );
  if (cached.gatewayRequests !== 0)
    problems.push(`cached pages: ${cached.gatewayRequests} gateway requests for ${n} page-cache hits (expected 0)`);
  return { h1ByHandle, dynamic, cached, problems };
}
