import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import type { Identity } from '../../platform/identity.js';
import { rateLimitClientOf, rateLimitKey, type Budget } from './rate-limit-client.js';
import { createSpentBudgets } from './spent-budgets.js';

export interface RateLimitSettings {
  windowSeconds: number;
  /**
   * A slow Redis must not slow every request down: after this the library lets the request
   * through (fail open). Sign-in limits, where a guess matters more than a page view, fail closed.
   */
  redisTimeoutMs: number;
  /** Requests per window, per bucket. */
  requests: Record<Budget, number>;
  /** Summed estimated query cost (query-cost/) per window, per bucket. */
  cost: Record<Budget, number>;
  /** Cart and checkout mutation fields per window and client address (mutation-limit.ts). */
  mutations: number;
}

interface Spent {
  budget: Budget;
  key: string;
  requestsRemaining?: number;
  costRemaining?: number;
}

export interface RateLimits {
  plugin: GatewayPlugin;
  /**
   * Spends `cost` from the cost budget of the request's client (query-cost/ calls it with the
   * estimate, and with the limit for a refused operation); returns the error to answer with
   * when the budget is spent, else null.
   */
  spendCost(context: object, cost: number): Promise<GraphQLError | null>;
}

/**
 * Per-client budgets at the gateway, in Redis so every instance counts together: a number of
 * requests and a summed query cost per window, each refused with 429, `Retry-After` and the
 * code THROTTLED. The request budget is spent before the body is parsed, the cost budget once
 * the operation is priced; a client whose cost budget is spent is refused before parsing until
 * the window frees some. What is left is reported in `extensions.rateLimit`.
 */
export function createRateLimits(options: {
  redis: Redis;
  settings: RateLimitSettings;
  identityOf: (request: Request) => Promise<Identity | null>;
}): RateLimits {
  const { settings } = options;
  const window = `${settings.windowSeconds} s` as const;
  const limiter = (max: number, prefix: string) =>
    new Ratelimit({
      redis: options.redis,
      limiter: Ratelimit.slidingWindow(max, window),
      prefix,
      analytics: false,
      timeout: settings.redisTimeoutMs,
    });
  const requests = {
    'first-party': limiter(settings.requests['first-party'], 'ratelimit:gateway:requests:first-party'),
    client: limiter(settings.requests.client, 'ratelimit:gateway:requests:client'),
  };
  const cost = {
    'first-party': limiter(settings.cost['first-party'], 'ratelimit:gateway:cost:first-party'),
    client: limiter(settings.cost.client, 'ratelimit:gateway:cost:client'),
  };
  const spent = new WeakMap<Request, Spent>();
  // Clients whose budget is spent, until when: refused before the identity lookup and parsing.
  const exhausted = createSpentBudgets();

  const plugin: GatewayPlugin = {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      const client = rateLimitClientOf((serverContext as { req?: IncomingMessage }).req);
      // Only the gateway service's own route reaches here, and it always resolves the client.
      if (!client || request.method === 'OPTIONS' || client.budget === 'storefront-server') return;
      const budget = client.budget;
      const refuse = ({ at, what }: { at: number; what: 'requests' | 'cost' }) => {
        const seconds = retryAfterSeconds(at);
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [throttled(seconds, what)] }), {
            status: 429,
            headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(seconds) },
          }),
        );
      };
      // The address first: a throttled address costs no identity lookup (made-up tokens would).
      const addressKey = rateLimitKey(client, null);
      const addressSpent = exhausted.spent(`${budget}:${addressKey}`);
      if (addressSpent) return refuse(addressSpent);
      // Looked up once per request (identityPerRequest): the subgraph calls reuse it. When the
      // lookup fails the request counts by address; whether it may go on is decided elsewhere.
      const identity = await options.identityOf(request).catch(() => null);
      const key = rateLimitKey(client, identity);
      const keySpent = key === addressKey ? null : exhausted.spent(`${budget}:${key}`);
      if (keySpent) return refuse(keySpent);
      const result = await requests[budget].limit(key);
      // Past the library's timeout it lets the request through with made-up figures: report none.
      spent.set(request, {
        budget,
        key,
        requestsRemaining: result.reason === 'timeout' ? undefined : result.remaining,
      });
      if (result.success) return;
      exhausted.mark(`${budget}:${key}`, result.reset, 'requests');
      refuse({ at: result.reset, what: 'requests' });
    },
    onExecutionResult({ result, setResult, context }) {
      const request = (context as { request?: Request }).request;
      const state = request && spent.get(request);
      if (!state || !result || Symbol.asyncIterator in result) return;
      if (state.requestsRemaining === undefined && state.costRemaining === undefined) return;
      const rateLimit = {
        ...(state.requestsRemaining !== undefined && { requestsRemaining: Math.max(0, state.requestsRemaining) }),
        ...(state.costRemaining !== undefined && { costRemaining: Math.max(0, state.costRemaining) }),
      };
      setResult({ ...result, extensions: { ...result.extensions, rateLimit } });
    },
  };

  return {
    plugin,
    async spendCost(context, price) {
      const request = (context as { request?: Request }).request;
      const state = request && spent.get(request);
      if (!state || price <= 0) return null;
      const result = await cost[state.budget].limit(state.key, { rate: price });
      if (result.reason !== 'timeout') state.costRemaining = result.remaining;
      if (result.success) return null;
      exhausted.mark(`${state.budget}:${state.key}`, result.reset, 'cost');
      const seconds = retryAfterSeconds(result.reset);
      const { message, extensions } = throttled(seconds, 'cost');
      return new GraphQLError(message, {
        extensions: { ...extensions, http: { status: 429, headers: { 'retry-after': String(seconds) } } },
      });
    },
  };
}

function retryAfterSeconds(reset: number): number {
  return Math.max(1, Math.ceil((reset - Date.now()) / 1000));
}

function throttled(seconds: number, what: 'requests' | 'cost') {
  const message =
    what === 'requests'
      ? `Too many requests. Try again in ${seconds} s.`
      : `These queries have used up their share for now. Try again in ${seconds} s, or ask for less at once.`;
  return { message, extensions: { code: 'THROTTLED', retryAfter: seconds } };
}
