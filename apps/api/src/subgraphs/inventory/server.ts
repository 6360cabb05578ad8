import { readSubgraphSdl } from '@commerce/schema';
import type { Db } from '../../platform/db/client.js';
import { createSubgraphHandler } from '../../platform/graphql/subgraph-handler.js';
import { startServiceServer, type ServiceServer } from '../../platform/http/service-server.js';
import type { InventoryContext } from './context.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';

export async function startInventoryService(options: {
  db: Db;
  port: number;
  showExactStock: boolean;
  batchLoads: boolean;
  gatewaySecret: string;
}): Promise<ServiceServer> {
  const graphql = await createSubgraphHandler<InventoryContext>({
    name: 'inventory',
    sdl: readSubgraphSdl('inventory'),
    resolvers,
    gatewaySecret: options.gatewaySecret,
    context: (requestId, { identity }) => ({
      identity,
      db: options.db,
      loaders: createLoaders(options.db, { batch: options.batchLoads }),
      requestId,
      showExactStock: options.showExactStock,
    }),
  });
  const server = await startServiceServer({
    name: 'inventory',
    port: options.port,
    routes: { '/graphql': graphql.handle },
  });
  return {
    ...server,
    async drain() {
      await server.drain();
      await graphql.stop();
    },
  };
}
