import { startServiceServer, type ServiceServer } from '../platform/http/service-server.js';
import { createClientIpResolver } from './client-ip.js';
import { createGateway, type GatewayOptions } from './gateway.js';
import { ensureRequestId } from './request-id.js';
import { createSecurityHeaders } from './security-headers.js';

export async function startGatewayService(options: GatewayOptions & { port: number; trustedProxies: string[] }): Promise<ServiceServer> {
  const gateway = createGateway(options);
  const clientIpOf = createClientIpResolver(options.trustedProxies);
  const setSecurityHeaders = createSecurityHeaders({ development: options.development });
  const server = await startServiceServer({
    name: 'gateway',
    port: options.port,
    routes: {
      '/graphql': (req, res) => {
        ensureRequestId(req);
        setSecurityHeaders(req, res);
        // The client's address for per-IP limits, set here so a client cannot choose its own.
        req.headers['x-client-ip'] = clientIpOf(req);
        return gateway(req, res);
      },
    },
  });
  return {
    ...server,
    async drain() {
      await server.drain();
      // Hive Gateway as a library does not stop on SIGTERM by itself; dispose it here.
      await gateway.dispose();
    },
  };
}
