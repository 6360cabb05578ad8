import { readSubgraphSdl } from '@commerce/schema';
import type { Db } from '../../platform/db/client.js';
import { createSubgraphHandler } from '../../platform/graphql/subgraph-handler.js';
import { startServiceServer, type ServiceServer } from '../../platform/http/service-server.js';
import type { CartContext } from './context.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export interface CartServiceOptions {
  db: Db;
  port: number;
  gatewaySecret: string;
  /** False only for the N+1 baseline in benchmarks. */
  batchLoads: boolean;
  /** Public URL of the storefront, for `Cart.checkoutUrl`. */
  storefrontUrl: string;
}

/** The cart subgraph at `/graphql`. */
export async function startCartService(options: CartServiceOptions): Promise<ServiceServer> {
  const graphql = await createSubgraphHandler<CartContext>({
    name: 'cart',
    sdl: readSubgraphSdl('cart'),
    resolvers,
    gatewaySecret: options.gatewaySecret,
    context: (requestId, { identity }) => ({
      db: options.db,
      loaders: createLoaders(options.db, { batch: options.batchLoads }),
      requestId,
      identity,
      storefrontUrl: options.storefrontUrl,
    }),
  });
  const server = await startServiceServer({
    name: 'cart',
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
