import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { verifyIdentity, type Caller } from '../identity.js';
import { log } from '../log.js';
import { exceedsEntityLimit } from './entity-limit.js';
import { databaseBusyErrorOf, isClientError } from './errors.js';

// Room for MAX_ENTITY_REPRESENTATIONS representations of about 70 bytes each.
const MAX_BODY_BYTES = 2_000_000;

export interface SubgraphHandler {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Serves one Apollo subgraph over node:http. Errors written for clients pass through; any
 * other error is logged with the request id and reaches the client only as
 * INTERNAL_SERVER_ERROR with that id, never with a message or stack from inside.
 */
export async function createSubgraphHandler<C extends BaseContext & { requestId: string }>(options: {
  name: string;
  sdl: string;
  resolvers: unknown;
  /** Shared with the gateway: requests without its signature are refused. */
  gatewaySecret: string;
  context: (requestId: string, caller: Caller, req: IncomingMessage) => C;
}): Promise<SubgraphHandler> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(options.sdl),
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  });
  const server = new ApolloServer<C>({
    schema,
    includeStacktraceInErrorResponses: false,
    // Apollo would stop itself on SIGTERM at once, failing subgraph calls still in flight; the
    // service stops it after draining instead (gateway first, then subgraphs).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      const busy = databaseBusyErrorOf(unwrapResolverError(error));
      if (busy) return { message: busy.message, path: formatted.path, extensions: { code: busy.extensions.code } };
      const code =
        isClientError(unwrapResolverError(error)) || isClientError(formatted) ? formatted.extensions?.code : null;
      if (code)
        return {
          message: formatted.message,
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code },
        };
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
    // Apollo installs these unless told not to. Inline tracing and usage reporting are for Apollo
    // Studio, which we do not use. Cache control computes a cache hint for every resolved field
    // (and its willResolveField hook makes Apollo wrap every resolver in the schema) for a
    // Cache-Control header the gateway never reads. None changes a response body.
    plugins: [
      maskedErrorLogging<C>(options.name),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await server.start();

  return {
    async handle(req, res) {
      const requestId = headerValue(req, 'x-request-id') ?? randomUUID();
      const raw = req.method === 'POST' ? await readRaw(req) : Buffer.alloc(0);
      if (raw instanceof Error) {
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
        res.end(JSON.stringify({ errors: [{ message: raw.message, extensions: { code: 'BAD_REQUEST' } }] }));
        return;
      }
      // Only the gateway may call a subgraph: it alone knows who is asking. Its signature covers
      // this method, path and body, so a captured header cannot carry another query.
      const verified = verifyIdentity(req.headers, options.gatewaySecret, options.name, {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: raw,
      });
      if (!verified.ok) {
        log.warn('refused a request without a valid gateway signature', {
          subgraph: options.name,
          requestId,
          reason: verified.reason,
        });
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [{ message: 'Requests must come through the gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        );
        return;
      }
      const body = req.method === 'POST' ? parseJson(raw) : undefined;
      if (body instanceof Error) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: body.message, extensions: { code: 'BAD_REQUEST' } }] }));
        return;
      }
      if (exceedsEntityLimit(body)) {
        res.writeHead(413, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [{ message: 'Too many entities in one call.', extensions: { code: 'TOO_MANY_REPRESENTATIONS' } }],
          }),
        );
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = new URL(req.url ?? '/', 'http://subgraph');
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () =>
          options.context(requestId, { identity: verified.identity, clientIp: verified.clientIp }, req),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.setHeader('x-request-id', requestId);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    },
    stop: () => server.stop(),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^[\w.-]{1,128}$/.test(text) ? text : undefined;
}

async function readRaw(req: IncomingMessage): Promise<Buffer | Error> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return new Error('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return new Error('Request body is not valid JSON.');
  }
}

/** Logs the real cause of every masked error and hands the client the request id to quote. */
function maskedErrorLogging<C extends BaseContext & { requestId: string }>(subgraph: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // A refusal by the statement gate is load, not a fault: db_statements_refused_total
            // counts it (and alerts); a line with a stack per refused statement would flood the logs.
            if (!isClientError(original) && !isClientError(error) && !databaseBusyErrorOf(original)) {
              log.error('subgraph error', {
                subgraph,
                requestId: contextValue.requestId,
                path: error.path?.join('.'),
                error: original,
              });
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              Object.assign(error, { extensions: { ...error.extensions, requestId: contextValue.requestId } });
            }
          }
        },
      };
    },
  };
}
