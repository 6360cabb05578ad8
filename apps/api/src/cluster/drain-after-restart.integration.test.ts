import { request } from 'node:http';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMain, type MainProcess } from '../test/main-process.js';

interface Answer {
  status: number;
  /** The process that answered (`x-api-process`, sent by cluster workers outside production). */
  process: string | undefined;
}

// A fresh connection per request: the primary hands each new connection to the next worker.
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
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, process: res.headers['x-api-process'] as string | undefined }),
        );
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('no answer')));
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** /readyz answers (a failed request as status 0) every 50 ms, for `ms` or until `done` is seen. */
async function pollReadiness(url: string, ms: number, done: (answer: Answer) => boolean): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const until = Date.now() + ms; Date.now() < until;) {
    const answer = await send(url).catch((error: unknown) => ({ status: 0, process: String(error) }));
    answers.push(answer);
    if (done(answer)) break;
    await sleep(50);
  }
  return answers;
}

// The drain of cluster.integration.test.ts, but after a worker died and was replaced: SIGTERM
// reaches the replacement while it already answers on the shared ports but is still starting
// (its job worker waits for a table lock this test holds). It must drain like the others.
describe('API_PROCESSES=2, SIGTERM while a replacement worker is still starting', () => {
  let main: MainProcess;
  let database: postgres.Sql;

  beforeAll(async () => {
    main = await startMain(
      { NODE_ENV: 'development', API_PROCESSES: '2', SHUTDOWN_DELAY_MS: '8000' },
      { startTimeoutMs: 240_000 },
    );
    database = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
  }, 250_000);
  afterAll(async () => {
    main?.kill('SIGKILL');
    await database?.end();
  });

  it('drains the replacement once it has started: nothing cut, /readyz 503, exit 0', async () => {
    const gatewayHealth = main.gateway.replace(/\/graphql$/, '/healthz');
    const readiness = main.gateway.replace(/\/graphql$/, '/readyz');
    const pids = new Set(
      (await Promise.all(Array.from({ length: 6 }, () => send(gatewayHealth)))).map((a) => a.process),
    );
    expect(pids.size).toBe(2);
    // The job worker runs in the first worker only, forked first: the lower pid (checked below).
    const [victim, survivor] = [...pids]
      .map(Number)
      .sort((a, b) => a - b)
      .map(String) as [string, string];

    // graphile-worker's start reads this table first: the replacement's start stops there.
    const lock = await database.reserve();
    await lock`begin`;
    await lock`lock table graphile_worker.migrations in access exclusive mode`;
    let replacement: string | undefined;
    try {
      process.kill(Number(victim), 'SIGKILL');
      for (const until = Date.now() + 200_000; !replacement && Date.now() < until;) {
        const answer = await send(gatewayHealth).catch(() => null);
        if (answer?.process && answer.process !== victim && answer.process !== survivor) replacement = answer.process;
        else await sleep(20);
      }
      expect(replacement, main.output()).toBeDefined();
      expect(main.output()).toMatch(/"api worker died; starting another".*"slot":0/);

      const inFlight = Array.from({ length: 6 }, () =>
        send(main.gateway, JSON.stringify({ query: '{ shop { name } }' })).catch((error: unknown) => ({
          status: 0,
          process: String(error),
        })),
      );
      await sleep(20);
      main.kill('SIGTERM');
      // Still starting, the replacement is told nothing yet: it is still there, answering.
      await sleep(1_000);
      const meanwhile = await pollReadiness(readiness, 5_000, (answer) => answer.process === replacement);
      const trace = `${JSON.stringify({ victim, survivor, replacement, meanwhile })}\n${main.output()}`;
      expect(
        meanwhile.filter((answer) => answer.status === 0),
        trace,
      ).toEqual([]);
      expect(meanwhile.at(-1), trace).toEqual({ status: 200, process: replacement });
      const answers = await Promise.all(inFlight);
      for (const answer of answers) expect([200, 429], JSON.stringify(answers)).toContain(answer.status);
    } finally {
      await lock`rollback`;
      lock.release();
    }

    // Once started (slow on a busy machine), the replacement drains too: /readyz 503, exit 0.
    const after = await pollReadiness(
      readiness,
      15_000,
      (answer) => answer.process === replacement && answer.status === 503,
    );
    const trace = `${JSON.stringify({ victim, survivor, replacement, after })}\n${main.output()}`;
    expect(
      after.filter((answer) => answer.status === 0),
      trace,
    ).toEqual([]);
    expect(after.at(-1), trace).toEqual({ status: 503, process: replacement });
    expect(await main.exited, main.output()).toBe(0);
    expect(main.output()).not.toMatch(/received during server shutdown/);
  }, 300_000);
});
