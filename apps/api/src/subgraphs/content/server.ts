import { readSubgraphSdl } from '@commerce/schema';
import type { Redis } from '@upstash/redis';
import type { Db } from '../../platform/db/client.js';
import { createSubgraphHandler } from '../../platform/graphql/subgraph-handler.js';
import { startServiceServer, type ServiceServer } from '../../platform/http/service-server.js';
import type { ContentContext } from './context.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export interface ContentServiceOptions {
  db: Db;
  port: number;
  redis: Redis;
  gatewaySecret: string;
  /** False only for the N+1 baseline in benchmarks. */
  batchLoads: boolean;
  /** Base URL of the catalog's image service (`MEDIA_BASE_URL`, else the catalog's own URL). */
  mediaBaseUrl: string;
}

/** The content subgraph (pages, menus, A/B tests) at `/graphql`. */
export async function startContentService(options: ContentServiceOptions): Promise<ServiceServer> {
  const graphql = await createSubgraphHandler<ContentContext>({
    name: 'content',
    sdl: readSubgraphSdl('content'),
    resolvers,
    gatewaySecret: options.gatewaySecret,
    context: (requestId, { identity }) => ({
      db: options.db,
      loaders: createLoaders(options.db, { batch: options.batchLoads }),
      requestId,
      identity,
      redis: options.redis,
      mediaBaseUrl: options.mediaBaseUrl,
    }),
  });
  const server = await startServiceServer({
    name: 'content',
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
