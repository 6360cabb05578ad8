import { startServiceServer, type ServiceServer } from '../platform/http/service-server.js';
import { createClientIpResolver } from './client-ip.js';
import { createGateway, type GatewayOptions } from './gateway.js';
import { createRateLimitClientResolver } from './rate-limits/rate-limit-client.js';
import { ensureRequestId } from './request-id.js';
import { acceptRequestBody } from './request-body.js';
import { createSecurityHeaders } from './security-headers.js';

export async function startGatewayService(
  options: GatewayOptions & { port: number; trustedProxies: string[]; firstPartySecret: string | undefined },
): Promise<ServiceServer> {
  const gateway = createGateway(options);
  const resolveClient = createRateLimitClientResolver({
    firstPartySecret: options.firstPartySecret,
    clientIpOf: createClientIpResolver(options.trustedProxies),
  });
  const setSecurityHeaders = createSecurityHeaders({ development: options.development });
  const server = await startServiceServer({
    name: 'gateway',
    port: options.port,
    routes: {
      '/graphql': async (req, res) => {
        // Exactly this path: Yoga would also answer `/graphql/…`, a second door past the budgets.
        if ((req.url ?? '').split('?')[0] !== '/graphql') {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
          return;
        }
        ensureRequestId(req);
        setSecurityHeaders(req, res);
        // The client (and its address, for per-IP limits), set here so a client cannot choose its own.
        resolveClient(req);
        if (!(await acceptRequestBody(req, res))) return;
        return gateway(req, res);
      },
    },
  });
  return {
    ...server,
    async drain() {
      await server.drain();
      // Hive Gateway as a library is disposed here, after the drain (never at the signal: gateway.ts).
      await gateway.dispose();
    },
  };
}
