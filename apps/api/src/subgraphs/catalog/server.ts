import { readSubgraphSdl } from '@commerce/schema';
import type { Db } from '../../platform/db/client.js';
import { createSubgraphHandler } from '../../platform/graphql/subgraph-handler.js';
import { startServiceServer, type ServiceServer } from '../../platform/http/service-server.js';
import type { CatalogContext } from './context.js';
import { createImageHandler } from './image-service.js';
import type { EncodeLimits } from './images/encode-queue.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export interface CatalogServiceOptions {
  db: Db;
  port: number;
  /** Public base URL for image links; defaults to this service's own URL. */
  mediaBaseUrl?: string;
  storefrontUrl: string;
  /** False only for the N+1 baseline in benchmarks. */
  batchLoads: boolean;
  gatewaySecret: string;
  /** Bounds on image encoding (defaults in image-service.ts). */
  images?: Partial<EncodeLimits>;
}

/** The catalog subgraph at `/graphql` and the image service at `/images/`. */
export async function startCatalogService(options: CatalogServiceOptions): Promise<ServiceServer> {
  let mediaBaseUrl = options.mediaBaseUrl ?? '';
  const graphql = await createSubgraphHandler<CatalogContext>({
    name: 'catalog',
    sdl: readSubgraphSdl('catalog'),
    resolvers,
    gatewaySecret: options.gatewaySecret,
    context: (requestId, { identity }) => ({
      identity,
      db: options.db,
      loaders: createLoaders(options.db, { batch: options.batchLoads }),
      requestId,
      mediaBaseUrl,
      storefrontUrl: options.storefrontUrl,
    }),
  });
  const images = createImageHandler(options.db, options.images);
  const server = await startServiceServer({
    name: 'catalog',
    port: options.port,
    routes: { '/graphql': graphql.handle, '/images/': images },
  });
  mediaBaseUrl ||= server.url;
  return {
    ...server,
    async drain() {
      await server.drain();
      await graphql.stop();
      await images.close();
    },
  };
}
