import type { Ports } from './api-child.js';
import { positiveInteger } from './settings.js';

/** The bench's own API child (throw-away database) and `next start`; apart from `npm start`, e2e and bench/catalog.ts. */
export const API_PORTS: Ports = {
  gateway: 4120,
  catalog: 4121,
  inventory: 4122,
  customers: 4123,
  cart: 4124,
  checkout: 4125,
  admin: 4129,
};
/** The content subgraph (home page, menus), beside the ones every bench's API child runs. */
export const CONTENT_PORT = 4126;
export const STOREFRONT_PORT = 3500;
/** Same host name as the URLs Lighthouse loads, so canonical and absolute URLs match them. */
export const STOREFRONT_URL = `http://127.0.0.1:${STOREFRONT_PORT}`;

/** Product pages the load scenarios rotate over (spread over the catalog, each warmed into the page cache first). */
export const PRODUCT_PAGES = 20;
/** The collection page Lighthouse audits (a demo-catalog collection). */
export const LIGHTHOUSE_COLLECTION = 'backpacks';
/** Lighthouse varies from run to run: each page is audited this many times and the median reported. */
export const LIGHTHOUSE_RUNS = positiveInteger('BENCH_LIGHTHOUSE_RUNS', 3);
/** The pages Lighthouse audits, in this order. */
export const LIGHTHOUSE_PAGE_NAMES = ['home', 'collection', 'product'] as const;
export type LighthousePageName = (typeof LIGHTHOUSE_PAGE_NAMES)[number];
/** BENCH_LIGHTHOUSE_PAGES=home,product audits only those (while working on one page); default all. */
export const LIGHTHOUSE_PAGES = lighthousePages(process.env.BENCH_LIGHTHOUSE_PAGES);
/**
 * BENCH_STOREFRONT_LOAD=off skips the two load scenarios: Lighthouse alone, with no autocannon
 * run just before it heating the machine (and a minute less per run).
 */
export const LOAD_SCENARIOS = process.env.BENCH_STOREFRONT_LOAD !== 'off';

function lighthousePages(raw: string | undefined): LighthousePageName[] {
  if (raw === undefined || raw.trim() === '') return [...LIGHTHOUSE_PAGE_NAMES];
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(LIGHTHOUSE_PAGE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0)
    throw new Error(
      `BENCH_LIGHTHOUSE_PAGES takes ${LIGHTHOUSE_PAGE_NAMES.join(', ')} (comma-separated), got ${JSON.stringify(raw)}`,
    );
  return LIGHTHOUSE_PAGE_NAMES.filter((name) => names.includes(name));
}

/**
 * Hard stop for the run once the storefront build is there (a build, if needed, comes first and is
 * not counted): start-up, checks and load scenarios, then up to a minute per Lighthouse run (a run
 * takes 10-15 s on an idle machine, over 40 s on a busy one).
 */
export const STOREFRONT_DEADLINE_MS = (4 + LIGHTHOUSE_RUNS * LIGHTHOUSE_PAGES.length) * 60_000;
/** `next build` on 2 busy cores takes a few minutes; more than this means something is wrong. */
export const BUILD_TIMEOUT_MS = 10 * 60_000;

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The targets for the mobile Lighthouse run (printed with ✓/✗, never asserted). */
export const TARGETS = { score: 95, lcpMs: 2000, cls: 0.05, tbtMs: 150 } as const;
