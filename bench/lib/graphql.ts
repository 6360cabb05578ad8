export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/** One POST to the gateway's /graphql; throws on a transport failure, a timeout or a body that is not JSON. */
export async function postGraphQL<T>(
  gatewayUrl: string,
  payload: string,
  timeoutMs = 15_000,
): Promise<{ status: number; json: GraphQLResponse<T> }> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: payload,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: GraphQLResponse<T>;
  try {
    json = JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  return { status: res.status, json };
}

/** Sends one request and fails unless it is a 200 without `errors` and with data. */
export async function mustQuery<T>(gatewayUrl: string, payload: string): Promise<T> {
  const { status, json } = await postGraphQL<T>(gatewayUrl, payload);
  if (status !== 200 || json.errors?.length || !json.data) {
    throw new Error(
      `sample request failed: HTTP ${status} ${JSON.stringify(json).slice(0, 600)}\nrequest: ${payload.slice(0, 300)}`,
    );
  }
  return json.data;
}

/** A response body carrying a GraphQL `errors` member (not text inside a string value). */
export function hasGraphQLErrors(responseBody: string): boolean {
  if (!responseBody.startsWith('{')) return true;
  for (let at = responseBody.indexOf('"errors"'); at !== -1; at = responseBody.indexOf('"errors"', at + 1)) {
    if (responseBody[at - 1] !== '\\') return true;
  }
  return false;
}
