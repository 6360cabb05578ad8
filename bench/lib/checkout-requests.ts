// One timed GraphQL mutation of a shopper, sorted into what the report counts: latency, HTTP 5xx,
// other non-2xx, transport failures, GraphQL `errors`, and the payload's userErrors by code.
import { percentile } from '@commerce/devtools/stats';
import { body, postGraphQL } from './graphql.js';

export interface StepTally {
  name: string;
  /** Latencies (ms) of the requests sent while `recording` was true, whenever they were answered. */
  latencies: number[];
  recording: boolean;
  /** Every request sent, whatever the phase: failures count in warm-up and drain too. */
  requests: number;
  http5xx: number;
  non2xx: number;
  transportErrors: number;
  graphqlErrors: number;
  userErrors: Record<string, number>;
  firstProblem: string | null;
}

export function createTally(name: string): StepTally {
  return {
    name,
    latencies: [],
    recording: true,
    requests: 0,
    http5xx: 0,
    non2xx: 0,
    transportErrors: 0,
    graphqlErrors: 0,
    userErrors: {},
    firstProblem: null,
  };
}

export interface UserError {
  field?: string[] | null;
  message: string;
  code?: string | null;
}

/**
 * Sends `query` and returns the mutation's payload (`data[field]`), or null when the request
 * failed (counted). userErrors stay in the payload for the caller, and are counted by code.
 */
export async function sendStep<P extends { userErrors: UserError[] }>(
  tally: StepTally,
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  field: string,
): Promise<P | null> {
  const recording = tally.recording;
  const started = performance.now();
  tally.requests += 1;
  let response: Awaited<ReturnType<typeof postGraphQL<Record<string, P | null>>>>;
  try {
    response = await postGraphQL<Record<string, P | null>>(gatewayUrl, body(query, variables), 30_000);
  } catch (error) {
    tally.transportErrors += 1;
    tally.firstProblem ??= `transport: ${error instanceof Error ? error.message : String(error)}`;
    return null;
  }
  const ms = performance.now() - started;
  if (recording) tally.latencies.push(ms);
  const { status, json } = response;
  if (status >= 500) tally.http5xx += 1;
  else if (status < 200 || status > 299) tally.non2xx += 1;
  if (json.errors?.length) tally.graphqlErrors += 1;
  const payload = json.data?.[field] ?? null;
  if (status !== 200 || json.errors?.length || !payload) {
    tally.firstProblem ??= `HTTP ${status} ${JSON.stringify(json).slice(0, 400)}`;
    return null;
  }
  for (const error of payload.userErrors) {
    const code = error.code ?? 'NO_CODE';
    tally.userErrors[code] = (tally.userErrors[code] ?? 0) + 1;
  }
  return payload;
}

export interface StepResult {
  name: string;
  requests: number;
  /** Over the requests sent inside the measured window (the whole sale for the flash sale). */
  latencyMs: { p50: number; p90: number; p99: number; max: number; samples: number };
  http5xx: number;
  non2xx: number;
  transportErrors: number;
  graphqlErrors: number;
  userErrors: Record<string, number>;
  firstProblem: string | null;
}

export function summarizeTally(tally: StepTally): StepResult {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const { latencies: _latencies, recording: _recording, ...counts } = tally;
  return {
    ...counts,
    latencyMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : NaN,
      samples: sorted.length,
    },
  };
}

/** Requests that failed outright: the bench's "must be 0". */
export const failedRequests = (step: StepResult) =>
  step.http5xx + step.non2xx + step.transportErrors + step.graphqlErrors;
