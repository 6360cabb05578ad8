import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const VALID = /^[\w.-]{8,128}$/;

/**
 * Gives every request an id before the gateway sees it: a well-formed `x-request-id` from the
 * client is kept, anything else replaced. Hive Gateway forwards it to subgraphs and echoes it
 * in the response, so one id ties the client's error to the logs of every service.
 */
export function ensureRequestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

/** Adds the request id to every masked (INTERNAL_SERVER_ERROR) error the client receives. */
export function useRequestIdInErrors(): GatewayPlugin {
  return {
    // Errors the gateway itself raises (an unreachable subgraph: SUBREQUEST_HTTP_ERROR) are masked
    // by Yoga after execution, into new errors without our extensions; stamp them before sending.
    onResultProcess({ request, result }) {
      const requestId = request.headers.get('x-request-id');
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!('errors' in single)) continue;
        for (const error of single.errors ?? []) {
          if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR' || error.extensions.requestId != null) continue;
          Object.assign(error, { extensions: { ...error.extensions, requestId } });
        }
      }
    },
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const requestId = (args.contextValue as { request?: Request }).request?.headers.get('x-request-id');
          setResult({
            ...result,
            errors: result.errors.map((error) => {
              const code = error.extensions?.code;
              if (code && code !== 'INTERNAL_SERVER_ERROR') return error;
              return Object.assign(error, {
                extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR', requestId },
              });
            }),
          });
        },
      };
    },
  };
}
