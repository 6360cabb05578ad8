import { afterAll, beforeAll, inject } from 'vitest';
import { loadEnv } from '../env.js';
import { statementCount } from '../platform/db/statement-counter.js';
import { startStack, type Stack } from '../stack.js';
import { FREE_SERVICE_PORTS } from './free-ports.js';

/** The whole API in this process on free ports, against the run's test database. */
export async function startTestStack(overrides: Record<string, string> = {}): Promise<Stack> {
  const env = loadEnv({
    NODE_ENV: 'test',
    ...FREE_SERVICE_PORTS,
    // No worker: it would take jobs other test files enqueue in the shared database and assert on.
    // Worker tests start one with startWorker, or pass SERVICES with `worker` here.
    SERVICES: loadEnv({})
      .SERVICES.split(',')
      .filter((name) => name !== 'worker')
      .join(','),
    SEED_DEMO_CATALOG: 'false',
    DB_POOL_SIZE: '4',
    LOG_LEVEL: 'error',
    // Tests check stock arithmetic through quantityAvailable; the default (off) has its own test.
    SHOW_EXACT_STOCK: 'on',
    // Every test signs up from 127.0.0.1; the sign-up limit itself is tested with a low one.
    SIGN_UP_LIMIT_PER_IP: '1000',
    // The suite sends thousands of requests from 127.0.0.1; budgets are tested with low ones.
    RATE_LIMIT_REQUESTS: '1000000',
    RATE_LIMIT_COST: '1000000000',
    MUTATION_RATE_LIMIT: '1000000',
    // On a loaded CI machine a Redis call can pass 300 ms; the budget tests must not fail open.
    RATE_LIMIT_REDIS_TIMEOUT_MS: '5000',
    // The flash-sale tests send 200 checkouts at once on a 2-core CI machine that runs the browser
    // journeys beside them; the production default (8 s) is for real hardware. Timeout tests set their own.
    SUBGRAPH_TIMEOUT_MS: '30000',
    // Many files change the shared database behind the gateway's back (SQL, subgraphs called
    // directly) and read it back at once: the response cache has its own tests, which turn it on.
    RESPONSE_CACHE: 'off',
    ...(inject('redisUrl') ? { REDIS_URL: inject('redisUrl')! } : {}),
    ...overrides,
  });
  return startStack(env, inject('databaseUrl'));
}

export interface TestStack {
  readonly stack: Stack;
  /** The gateway's GraphQL endpoint. */
  readonly gateway: string;
}

/**
 * Starts a stack before the tests of the enclosing file (or describe block) and stops it after
 * them. Read `stack` and `gateway` inside tests and hooks: they exist only once it has started.
 */
export function useTestStack(overrides: Record<string, string> = {}): TestStack {
  let stack: Stack | undefined;
  let gateway = '';
  beforeAll(async () => {
    stack = await startTestStack(overrides);
    gateway = `${stack.url('gateway')}/graphql`;
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const started = () => {
    if (!stack) throw new Error('The test stack has not started: read it inside a test or hook.');
    return stack;
  };
  return {
    get stack() {
      return started();
    },
    get gateway() {
      started();
      return gateway;
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** POSTs an operation to a GraphQL endpoint and returns status, headers and the parsed body. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLResponse['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response ${response.status}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, ...body };
}

/** Runs `action` and returns how many SQL statements this process sent meanwhile. */
export async function countStatements(action: () => Promise<unknown>): Promise<number> {
  const before = statementCount();
  await action();
  return statementCount() - before;
}
