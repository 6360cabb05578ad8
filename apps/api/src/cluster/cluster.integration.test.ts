import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMain, type MainProcess } from '../test/main-process.js';

interface Answer {
  status: number;
  /** The process that answered (`x-api-process`, sent by cluster workers outside production). */
  process: string | undefined;
  body: string;
}

// A fresh connection per request (no keep-alive agent): the primary hands each new connection
// to the next worker, so consecutive requests reach both processes.
function send(url: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            process: res.headers['x-api-process'] as string | undefined,
            body: text,
          }),
        );
      },
    );
    // A connection the primary handed to a worker as it was killed is never answered (Node's
    // round-robin handle does not take it back): give up on it rather than wait forever.
    req.setTimeout(10_000, () => req.destroy(new Error('no answer')));
    req.on('error', reject);
    req.end(body);
  });
}

const query = (text: string) => JSON.stringify({ query: text });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sums a metric's samples whose labels include every one of `labels`. */
function sample(metrics: string, name: string, labels: string[]): number {
  return metrics
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.every((label) => line.includes(label)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

// API_PROCESSES=2: one primary (database preparation, the shared in-memory Redis, metrics) and
// two workers serving the gateway and subgraphs on shared ports. One start serves the steps
// below in order.
describe('API_PROCESSES=2', () => {
  const REQUESTS = 10;
  let main: MainProcess;
  let health: string;

  beforeAll(async () => {
    main = await startMain(
      {
        NODE_ENV: 'development',
        API_PROCESSES: '2',
        RATE_LIMIT_REQUESTS: String(REQUESTS),
        // A budget check slower than this lets the request through; on a busy machine that would
        // count one request too few.
        RATE_LIMIT_REDIS_TIMEOUT_MS: '30000',
        // A sliding window counts the previous window's requests at a discount: one long window
        // keeps the count exact unless the test straddles an hour's turn.
        RATE_LIMIT_WINDOW_SECONDS: '3600',
      },
      // Three processes each load the whole API: slow on a busy 2-core machine.
      { startTimeoutMs: 240_000 },
    );
    health = main.gateway.replace(/\/graphql$/, '/healthz');
  }, 250_000);
  afterAll(() => main?.kill('SIGKILL'));

  it('answers from both processes', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(health)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((answer) => answer.process)).size, JSON.stringify(answers)).toBe(2);
  });

  // Without a configured Redis each process would keep its own in-memory counters, and a client
  // would get the budget once per process.
  it('counts one rate-limit budget across the processes', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < REQUESTS + 6; i++) answers.push(await send(main.gateway, query('{ shop { name } }')));
    expect(new Set(answers.map((answer) => answer.process)).size).toBe(2);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(REQUESTS);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(6);
  });

  it('serves the metrics of every process in one scrape', async () => {
    const metrics = await (await fetch(main.metrics.replace(/\/metrics$/, '') + '/metrics')).text();
    const gateway = ['service="gateway"', 'route="/graphql"'];
    expect(sample(metrics, 'http_request_duration_seconds_count', [...gateway, 'status="200"'])).toBe(REQUESTS);
    expect(sample(metrics, 'http_request_duration_seconds_count', [...gateway, 'status="429"'])).toBe(6);
  });

  it('replaces a worker that dies', async () => {
    const before = new Set((await Promise.all(Array.from({ length: 4 }, () => send(health)))).map((a) => a.process));
    const [victim] = [...before];
    process.kill(Number(victim), 'SIGKILL');
    let seen = new Set<string | undefined>();
    // The new worker loads the whole API: slow on a busy 2-core machine.
    for (const until = Date.now() + 200_000; Date.now() < until;) {
      const answers = await Promise.all(Array.from({ length: 4 }, () => send(health).catch(() => null)));
      seen = new Set(answers.map((answer) => answer?.process));
      if (seen.size === 2 && !seen.has(victim) && !seen.has(undefined)) break;
      await sleep(250);
    }
    expect(seen.has(victim)).toBe(false);
    expect(seen.size, main.output()).toBe(2);
  }, 240_000);
});

// Apart from the steps above: a fresh start, every worker the one it began with.
describe('API_PROCESSES=2, SIGTERM', () => {
  let main: MainProcess;

  beforeAll(async () => {
    main = await startMain(
      {
        NODE_ENV: 'development',
        API_PROCESSES: '2',
        // Long enough for the readiness polls below on a busy machine (a poll can take seconds).
        SHUTDOWN_DELAY_MS: '8000',
      },
      { startTimeoutMs: 240_000 },
    );
  }, 250_000);
  afterAll(() => main?.kill('SIGKILL'));

  it('drains every process on SIGTERM: in-flight requests answered, /readyz 503, exit 0', async () => {
    // The floor query, not a search: on a busy 2-core machine a search can outlast the drain's
    // 10 s allowance for in-flight requests, which is not what this tests.
    const t0 = Date.now();
    const answered = (answer: Promise<Answer>) =>
      answer.then(
        (done) => ({ ...done, ms: Date.now() - t0 }),
        (error: unknown) => ({ status: 0, process: undefined, body: String(error), ms: Date.now() - t0 }),
      );
    const inFlight = Array.from({ length: 4 }, () => answered(send(main.gateway, query('{ shop { name } }'))));
    await sleep(20);
    main.kill('SIGTERM');
    let readiness = 200;
    for (const until = Date.now() + 6_000; readiness === 200 && Date.now() < until;) {
      const answer = await answered(send(main.gateway.replace(/\/graphql$/, '/readyz')));
      expect(answer.status, JSON.stringify(answer)).not.toBe(0);
      readiness = answer.status;
      if (readiness === 200) await sleep(50);
    }
    expect(readiness).toBe(503);
    const answers = await Promise.all(inFlight);
    expect(new Set(answers.map((answer) => answer.process)).size).toBe(2);
    for (const answer of answers) expect([200, 429], JSON.stringify(answers)).toContain(answer.status);
    expect(await main.exited).toBe(0);
    expect(main.output()).not.toMatch(/received during server shutdown/);
  }, 60_000);
});
