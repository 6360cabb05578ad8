import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { killOnExit } from '@commerce/devtools/processes';
import { assertNotAborting, onCleanup } from './teardown.js';
import { CHROME_FLAGS, CHROME_PATH, TARGETS } from './storefront-settings.js';

/** One Chrome for all audits; Lighthouse opens a fresh tab and clears the cache and storage for each run. */
export async function launchChrome(): Promise<LaunchedChrome> {
  assertNotAborting();
  // handleSIGINT: false, or chrome-launcher would exit the process on Ctrl-C before the clean-up runs.
  const chrome = await launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: 'silent',
  });
  if (chrome.process) killOnExit(chrome.process);
  // chrome-launcher kills Chrome's whole process group and removes its temporary profile.
  onCleanup(async () => chrome.kill());
  return chrome;
}

export interface AuditRun {
  /** 0–100; null when the run failed. */
  score: number | null;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** Transfer size (compressed, with headers) of the script requests of the page load. */
  jsTransferBytes: number;
  /** Their decoded size. */
  jsResourceBytes: number;
  jsRequests: number;
  totalTransferBytes: number;
  /** Lighthouse's CPU benchmark at the start of the run: lower means a slower (or busier) machine. */
  benchmarkIndex: number;
  runtimeError: string | null;
  runWarnings: string[];
}

export interface PageDiagnostics {
  lcpElement: { selector: string | null; snippet: string | null } | null;
  /** Lighthouse 13's LCP breakdown insight: subparts of the observed (unthrottled) load, ms. */
  lcpSubpartsObservedMs: Record<string, number>;
  /**
   * The simulated (throttled) LCP split into the same subparts, from the `metrics` audit's
   * timestamps (Lighthouse's lcpLoadDelay/lcpLoadDuration there are the LCP resource's simulated
   * start and end times, clamped to [TTFB, LCP]), ms.
   */
  lcpSimulatedMs: {
    lcp: number;
    timeToFirstByte: number;
    resourceLoadDelay: number;
    resourceLoadDuration: number;
    elementRenderDelay: number;
  } | null;
  lcpDiscovery: Record<string, boolean>;
  renderBlocking: { items: Array<{ url: string; bytes: number; wastedMs: number }>; savingsMs: Record<string, number> };
  unusedJavaScript: {
    items: Array<{ url: string; transferBytes: number; unusedBytes: number }>;
    unusedBytes: number;
    savingsMs: number;
  };
  /** Per-script CPU time (bootup-time audit): evaluation + parse, ms. */
  scriptCpu: Array<{ url: string; totalMs: number; scriptingMs: number; parseMs: number }>;
  longTasks: Array<{ url: string; startMs: number; durationMs: number }>;
  mainThreadMs: Record<string, number>;
  imageDelivery: { wastedBytes: number; items: Array<{ url: string; totalBytes: number; wastedBytes: number }> };
  serverResponseMs: number | null;
  scripts: Array<{ url: string; transferBytes: number; resourceBytes: number }>;
}

export interface PageAudit {
  name: string;
  url: string;
  /** x-nextjs-cache of the warm-up request that preceded the audits. */
  warmedCache: string;
  runs: AuditRun[];
  /** Median of each figure over the runs that did not fail. */
  median: (Omit<AuditRun, 'runtimeError' | 'runWarnings' | 'score'> & { score: number }) | null;
  lighthouseVersion: string;
  userAgent: string;
  /** From the run with the median score; its full report is saved next to the results. */
  diagnostics: PageDiagnostics | null;
  medianRunIndex: number | null;
  /** The median run's full Lighthouse result (written to its own file, not the summary). */
  medianLhr: Result | null;
}

type Details = { items?: Array<Record<string, unknown>>; [key: string]: unknown } | undefined;

const numeric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? NaN;
const details = (lhr: Result, id: string): Details => lhr.audits[id]?.details as Details;
const num = (value: unknown): number => (typeof value === 'number' ? value : NaN);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function scriptRequests(lhr: Result): Array<{ url: string; transferBytes: number; resourceBytes: number }> {
  return (details(lhr, 'network-requests')?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .map((item) => ({
      url: str(item.url),
      transferBytes: num(item.transferSize),
      resourceBytes: num(item.resourceSize),
    }));
}

function summariseRun(lhr: Result): AuditRun {
  const scripts = scriptRequests(lhr);
  const total = (details(lhr, 'resource-summary')?.items ?? []).find((item) => item.resourceType === 'total');
  const score = lhr.categories.performance?.score;
  return {
    score: lhr.runtimeError || score === null || score === undefined ? null : Math.round(score * 100),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    speedIndexMs: numeric(lhr, 'speed-index'),
    jsTransferBytes: scripts.reduce((sum, s) => sum + s.transferBytes, 0),
    jsResourceBytes: scripts.reduce((sum, s) => sum + s.resourceBytes, 0),
    jsRequests: scripts.length,
    totalTransferBytes: num(total?.transferSize),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    runWarnings: lhr.runWarnings.map(String),
  };
}

function simulatedLcpSubparts(metrics: Record<string, unknown>): PageDiagnostics['lcpSimulatedMs'] {
  const lcp = num(metrics.largestContentfulPaint);
  const ttfb = num(metrics.timeToFirstByte);
  // Without an LCP resource (text), there is no load start/end: TTFB then render delay.
  const loadStart = Number.isFinite(num(metrics.lcpLoadDelay)) ? num(metrics.lcpLoadDelay) : ttfb;
  const loadEnd = Number.isFinite(num(metrics.lcpLoadDuration)) ? num(metrics.lcpLoadDuration) : loadStart;
  if (!Number.isFinite(lcp) || !Number.isFinite(ttfb)) return null;
  return {
    lcp: Math.round(lcp),
    timeToFirstByte: Math.round(ttfb),
    resourceLoadDelay: Math.round(loadStart - ttfb),
    resourceLoadDuration: Math.round(loadEnd - loadStart),
    elementRenderDelay: Math.round(lcp - loadEnd),
  };
}

function diagnose(lhr: Result): PageDiagnostics {
  const lcpInsight = (details(lhr, 'lcp-breakdown-insight')?.items ?? []) as Array<Record<string, unknown>>;
  const lcpNode = lcpInsight.find((item) => item.type === 'node');
  const subparts = (lcpInsight.find((item) => item.type === 'table')?.items ?? []) as Array<Record<string, unknown>>;
  const discovery = (details(lhr, 'lcp-discovery-insight')?.items ?? []).find((item) => item.type === 'checklist')
    ?.items as Record<string, { value: boolean }> | undefined;
  const metrics = (details(lhr, 'metrics')?.items ?? [])[0] ?? {};
  const renderBlocking = lhr.audits['render-blocking-insight'];
  const unused = lhr.audits['unused-javascript'];
  const imageDelivery = details(lhr, 'image-delivery-insight');
  const serverResponse = lhr.audits['server-response-time'];
  return {
    lcpElement: lcpNode ? { selector: str(lcpNode.selector) || null, snippet: str(lcpNode.snippet) || null } : null,
    lcpSubpartsObservedMs: Object.fromEntries(subparts.map((row) => [str(row.subpart), Math.round(num(row.duration))])),
    lcpSimulatedMs: simulatedLcpSubparts(metrics),
    lcpDiscovery: Object.fromEntries(Object.entries(discovery ?? {}).map(([key, value]) => [key, value.value])),
    renderBlocking: {
      items: ((renderBlocking?.details as Details)?.items ?? []).map((item) => ({
        url: str(item.url),
        bytes: num(item.totalBytes),
        wastedMs: Math.round(num(item.wastedMs)),
      })),
      savingsMs: { ...(renderBlocking?.metricSavings ?? {}) } as Record<string, number>,
    },
    unusedJavaScript: {
      items: ((unused?.details as Details)?.items ?? []).map((item) => ({
        url: str(item.url),
        transferBytes: num(item.totalBytes),
        unusedBytes: num(item.wastedBytes),
      })),
      unusedBytes: num((unused?.details as Details)?.overallSavingsBytes),
      savingsMs: num((unused?.details as Details)?.overallSavingsMs),
    },
    scriptCpu: (details(lhr, 'bootup-time')?.items ?? []).slice(0, 5).map((item) => ({
      url: str(item.url),
      totalMs: Math.round(num(item.total)),
      scriptingMs: Math.round(num(item.scripting)),
      parseMs: Math.round(num(item.scriptParseCompile)),
    })),
    longTasks: (details(lhr, 'long-tasks')?.items ?? []).slice(0, 8).map((item) => ({
      url: str(item.url),
      startMs: Math.round(num(item.startTime)),
      durationMs: Math.round(num(item.duration)),
    })),
    mainThreadMs: Object.fromEntries(
      (details(lhr, 'mainthread-work-breakdown')?.items ?? []).map((item) => [
        str(item.group),
        Math.round(num(item.duration)),
      ]),
    ),
    imageDelivery: {
      wastedBytes: num((imageDelivery?.debugData as { wastedBytes?: number } | undefined)?.wastedBytes ?? 0),
      items: (imageDelivery?.items ?? []).map((item) => ({
        url: str(item.url),
        totalBytes: num(item.totalBytes),
        wastedBytes: num(item.wastedBytes),
      })),
    },
    serverResponseMs: serverResponse?.numericValue ?? null,
    scripts: scriptRequests(lhr),
  };
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Lighthouse's default config (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU
 * slowdown) with only the performance category, `runs` times against one page.
 */
export async function auditPage(
  chrome: LaunchedChrome,
  name: string,
  url: string,
  warmedCache: string,
  runs: number,
): Promise<PageAudit> {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    assertNotAborting();
    const started = performance.now();
    const runnerResult = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      {
        extends: 'lighthouse:default',
        settings: { onlyCategories: ['performance'] },
      },
    );
    if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`);
    results.push(runnerResult.lhr);
    const run = summariseRun(runnerResult.lhr);
    console.error(
      `[bench] lighthouse ${name} run ${i + 1}/${runs}: score ${run.score ?? 'n/a'}, LCP ${Math.round(run.lcpMs)} ms, ` +
        `TBT ${Math.round(run.tbtMs)} ms (${((performance.now() - started) / 1000).toFixed(1)}s)${run.runtimeError ? `; ${run.runtimeError}` : ''}`,
    );
  }
  const auditRuns = results.map(summariseRun);
  const ok = auditRuns.map((run, index) => ({ run, index })).filter(({ run }) => run.score !== null);
  const environment = {
    lighthouseVersion: results[0]!.lighthouseVersion,
    userAgent: results[0]!.environment.hostUserAgent,
  };
  if (ok.length === 0)
    return {
      name,
      url,
      warmedCache,
      runs: auditRuns,
      median: null,
      ...environment,
      diagnostics: null,
      medianRunIndex: null,
      medianLhr: null,
    };
  const pick = (key: keyof Omit<AuditRun, 'runtimeError' | 'runWarnings' | 'score'>) =>
    median(ok.map(({ run }) => run[key]));
  const byScore = [...ok].sort((a, b) => a.run.score! - b.run.score!);
  const medianRun = byScore[Math.floor((byScore.length - 1) / 2)]!;
  return {
    name,
    url,
    warmedCache,
    runs: auditRuns,
    median: {
      score: median(ok.map(({ run }) => run.score!)),
      lcpMs: pick('lcpMs'),
      cls: pick('cls'),
      tbtMs: pick('tbtMs'),
      fcpMs: pick('fcpMs'),
      speedIndexMs: pick('speedIndexMs'),
      jsTransferBytes: pick('jsTransferBytes'),
      jsResourceBytes: pick('jsResourceBytes'),
      jsRequests: pick('jsRequests'),
      totalTransferBytes: pick('totalTransferBytes'),
      benchmarkIndex: pick('benchmarkIndex'),
    },
    ...environment,
    diagnostics: diagnose(results[medianRun.index]!),
    medianRunIndex: medianRun.index,
    medianLhr: results[medianRun.index]!,
  };
}

/** Each target with whether the median meets it. */
export function targetChecks(median: PageAudit['median']): Array<{ name: string; ok: boolean | null }> {
  if (!median) return [];
  return [
    { name: 'score', ok: median.score >= TARGETS.score },
    { name: 'lcp', ok: median.lcpMs <= TARGETS.lcpMs },
    { name: 'cls', ok: median.cls <= TARGETS.cls },
    { name: 'tbt', ok: median.tbtMs <= TARGETS.tbtMs },
  ];
}
