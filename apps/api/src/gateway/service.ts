import type { SubgraphName } from '@commerce/schema';
import { startServiceServer, type ServiceServer } from '../platform/http/service-server.js';
import { createGateway } from './gateway.js';
import { ensureRequestId } from './request-id.js';

export async function startGatewayService(options: {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  development: boolean;
  deduplicate: boolean;
}): Promise<ServiceServer> {
  const gateway = createGateway(options);
  const server = await startServiceServer({
    name: 'gateway',
    port: options.port,
    routes: {
      '/graphql': (req, res) => {
        ensureRequestId(req);
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
