#!/usr/bin/env node
// Prints, as the last lines of a failed CI log, what failed: each failed test (file, name, first
// lines of its assertion message) from the JSON reports the test runners write to test-reports/,
// and for a failed lint or typecheck task its error lines. The CI log we get back is only its tail,
// where the interleaved output of parallel tasks hides which test failed.
// Usage: node .ci/summarize-failures.mjs [npm-test.log]   (no log: every report in test-reports/)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-reports');
const MESSAGE_LINES = 6;
const plain = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const out = [];

/** The head of an error message, without its stack. */
function head(message) {
  const lines = plain(message)
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) && line.trim() !== '');
  return lines.slice(0, MESSAGE_LINES).map((line) => `      ${line.slice(0, 300)}`);
}

/** Vitest's JSON report: failed files, and in them failed tests. */
function vitestFailures(report) {
  const found = [];
  for (const file of report.testResults ?? []) {
    const name = relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      found.push(`  ✗ ${name} > ${[...test.ancestorTitles, test.title].join(' > ')}`);
      for (const message of (test.failureMessages ?? []).slice(0, 1)) found.push(...head(message));
    }
    if (file.status === 'failed' && failed.length === 0) {
      found.push(`  ✗ ${name} (the file failed outside its tests: import, hook or setup)`);
      found.push(...head(file.message));
    }
  }
  if (found.length === 0 && report.success === false) {
    found.push('  ✗ no failed test recorded: an unhandled error or a failed global setup; see the output above');
  }
  return found;
}

/** Playwright's JSON report: suites nest; a spec's test is "unexpected" when it failed. */
function playwrightFailures(report) {
  const found = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const path = [...titles, spec.title].filter(Boolean).join(' > ');
        found.push(`  ✗ e2e/tests/${spec.file}:${spec.line} > ${path}${test.status === 'flaky' ? ' (flaky)' : ''}`);
        const result = (test.results ?? []).find((r) => r.status !== 'passed' && r.status !== 'skipped');
        const error = result?.errors?.[0] ?? result?.error;
        if (error) found.push(...head(error.message ?? error.value));
        else if (result) found.push(`      status: ${result.status}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.file ? '' : child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  for (const error of report.errors ?? []) {
    found.push('  ✗ run error (global setup, timeout or configuration)');
    found.push(...head(error.message ?? error.value));
  }
  return found;
}

function reportFailures(project) {
  const file = join(reports, `${project}.json`);
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return 'testResults' in report ? vitestFailures(report) : playwrightFailures(report);
}

/** Lines Nx streamed for a project (`project: …`), without the prefix. */
function projectLines(log, project) {
  const prefix = `${project}: `;
  return log.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
}

/** Error lines of ESLint (with the file line before them) and tsc. */
function errorLines(lines) {
  const kept = [];
  lines.forEach((line, i) => {
    const isError = /\berror\b/i.test(line) && !/^\s*>|npm error/.test(line);
    const isFile = /^\/\S+$/.test(line.trim()) && /\berror\b/.test(lines[i + 1] ?? '');
    if (isError || isFile) kept.push(`      ${line.slice(0, 300)}`);
  });
  return kept.length ? kept.slice(0, 40) : lines.slice(-15).map((line) => `      ${line}`);
}

const logFile = process.argv[2];
if (logFile && existsSync(logFile)) {
  const log = plain(readFileSync(logFile, 'utf8')).split('\n');
  const at = log.findIndex((line) => /Failed tasks:/.test(line));
  const failedTasks = at < 0 ? [] : log.slice(at + 1).flatMap((line) => line.match(/^\s*-\s+(\S+:\S+)/)?.[1] ?? []);
  if (failedTasks.length === 0) {
    // npm test stops before Nx when `prettier --check` fails: it names the files.
    const warned = log.filter((line) => line.startsWith('[warn]'));
    out.push(warned.length ? 'format:check failed (run `npm run format`):' : 'npm test failed before any Nx task:');
    out.push(...(warned.length ? warned : log.filter(Boolean).slice(-15)).map((line) => `      ${line}`));
  }
  for (const task of failedTasks) {
    const [project, target] = task.split(':');
    out.push(`${task} failed:`);
    const failures = target === 'test' ? reportFailures(project) : null;
    if (failures?.length) out.push(...failures);
    else {
      if (target === 'test') out.push('  (no test report: it failed before its tests ran; its last lines:)');
      out.push(...errorLines(projectLines(log, project)));
    }
  }
  out.push(`Failed: ${failedTasks.join(', ') || 'npm test'}  (full output above; reports in test-reports/)`);
} else {
  const files = existsSync(reports) ? readdirSync(reports).filter((name) => name.endsWith('.json')) : [];
  for (const name of files) {
    const failures = reportFailures(basename(name, '.json'));
    if (failures?.length) out.push(`${basename(name, '.json')}:`, ...failures);
  }
  out.push(out.length ? 'Failed tests above.' : 'No failed test in test-reports/.');
}
console.log(`\n===== What failed =====\n${out.join('\n')}`);
