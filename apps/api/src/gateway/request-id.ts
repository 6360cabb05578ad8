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
              return Object.assign(error, { extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR', requestId } });
            }),
          });
        },
      };
    },
  };
}
