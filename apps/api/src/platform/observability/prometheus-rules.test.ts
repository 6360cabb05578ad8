import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registerErrorMetrics } from '../../gateway/error-metrics.js';
import { jobMetrics } from '../../worker/worker.js';
import { statementGateMetrics } from '../db/statement-gate.js';
import { createMetrics, metricsRegistry } from '../http/metrics.js';
import { registerOutboxMetrics } from '../outbox/metrics.js';
import { metricNamesInRules, unknownMetrics } from './rule-metrics.js';

// deploy/prometheus: the scrape configuration, the alert rules and their unit tests, checked with
// Debian's promtool (package `prometheus`, installed by .ci/run).
const PROMETHEUS_DIR = resolve(import.meta.dirname, '../../../../../deploy/prometheus');
const RULES = join(PROMETHEUS_DIR, 'rules/commerce.yml');

function promtool(args: string[], cwd = PROMETHEUS_DIR) {
  const run = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error(
      'promtool is missing: install Debian package `prometheus` (apt-get install prometheus; .ci/run does)',
    );
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** deploy/prometheus copied to a temporary directory, with the rules changed by `edit`. */
function copyWithRules(edit: (rules: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'prometheus-'));
  copies.push(dir);
  cpSync(PROMETHEUS_DIR, dir, { recursive: true });
  const rules = join(dir, 'rules/commerce.yml');
  const before = readFileSync(rules, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(rules, after);
  return dir;
}

describe('deploy/prometheus', () => {
  it('promtool accepts the configuration and the rules', () => {
    const config = promtool(['check', 'config', 'prometheus.yml']);
    expect(config.output).toContain('SUCCESS');
    expect(config.ok, config.output).toBe(true);
    const rules = promtool(['check', 'rules', 'rules/commerce.yml']);
    expect(rules.ok, rules.output).toBe(true);
  });

  it('each alert fires on a failing service and stays silent on a healthy one (promtool test rules)', () => {
    const run = promtool(['test', 'rules', 'tests/commerce.test.yml']);
    expect(run.ok, run.output).toBe(true);
  });

  it('the unit tests catch an alert that no longer fires, naming it', () => {
    // A threshold raised past what the failing series reach: the 5xx alert goes quiet.
    const dir = copyWithRules((rules) =>
      rules.replace('            > 0.02\n        for: 5m', '            > 0.5\n        for: 5m'),
    );
    const run = promtool(['test', 'rules', 'tests/commerce.test.yml'], dir);
    expect(run.ok).toBe(false);
    expect(run.output).toContain('alertname: HttpServerErrorRateHigh');
  });

  it('promtool check rules names a broken expression', () => {
    const dir = copyWithRules((rules) =>
      rules.replace(
        'max by (namespace, app, pod) (nodejs_eventloop_lag_p99_seconds)',
        'max by (namespace, app, pod (nodejs_eventloop_lag_p99_seconds)',
      ),
    );
    const run = promtool(['check', 'rules', 'rules/commerce.yml'], dir);
    expect(run.ok).toBe(false);
    expect(run.output).toMatch(/parse error|unexpected/);
  });
});

describe('the metrics the alert rules read', () => {
  // Every metric family the API registers: the services' (HTTP, SQL, Node and process defaults,
  // build info), the statement gate's, the gateway's GraphQL errors, the worker's jobs and the outbox's latencies.
  createMetrics('gateway');
  registerErrorMetrics();
  jobMetrics();
  registerOutboxMetrics();
  statementGateMetrics();
  const exported = new Set(metricsRegistry.getMetricsAsArray().map((metric) => metric.name));
  const rules = parse(readFileSync(RULES, 'utf8')) as Parameters<typeof metricNamesInRules>[0];

  it('are all exported by the API', () => {
    const used = metricNamesInRules(rules);
    // The extraction itself must find the metrics of every kind of alert.
    for (const name of [
      'http_request_duration_seconds_count',
      'graphql_errors_total',
      'outbox_pickup_latency_seconds_bucket',
      'commerce_build_info',
      'process_start_time_seconds',
    ])
      expect(used).toContain(name);
    expect(used).not.toContain('up');
    expect(unknownMetrics(used, exported)).toEqual([]);
  });

  it('a renamed metric is named', () => {
    const renamed = structuredClone(rules);
    renamed.groups[0]!.rules[0]!.expr = renamed.groups[0]!.rules[0]!.expr.replaceAll(
      'http_request_duration_seconds_count',
      'http_requests_total',
    );
    expect(unknownMetrics(metricNamesInRules(renamed), exported)).toEqual(['http_requests_total']);
    expect(unknownMetrics(new Set(['outbox_pickup_latency_secs_bucket']), exported)).toEqual([
      'outbox_pickup_latency_secs_bucket',
    ]);
  });
});
