import { readSubgraphSdl } from '@commerce/schema';
import type { Redis } from '@upstash/redis';
import type { Db } from '../../platform/db/client.js';
import { createSubgraphHandler } from '../../platform/graphql/subgraph-handler.js';
import { startServiceServer, type ServiceServer } from '../../platform/http/service-server.js';
import type { CustomersContext } from './context.js';
import { createIdentityHandler } from './identity-endpoint.js';
import { createLoaders } from './loaders.js';
import { createLoginLimiter, DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limits.js';
import { resolvers } from './resolvers/index.js';

export interface CustomersServiceOptions {
  db: Db;
  redis: Redis;
  port: number;
  gatewaySecret: string;
  /** False only for the N+1 baseline in benchmarks. */
  batchLoads: boolean;
  /** Sign-in attempt limits; 5 per account and 20 per client address in 15 minutes by default. */
  loginLimits?: Partial<LoginLimits>;
}

/** The customers subgraph at `/graphql` and the gateway's token lookup at `/internal/identity`. */
export async function startCustomersService(options: CustomersServiceOptions): Promise<ServiceServer> {
  const loginLimiter = createLoginLimiter(options.redis, { ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits });
  const graphql = await createSubgraphHandler<CustomersContext>({
    name: 'customers',
    sdl: readSubgraphSdl('customers'),
    resolvers,
    gatewaySecret: options.gatewaySecret,
    context: (requestId, { identity, clientIp }) => ({
      db: options.db,
      redis: options.redis,
      loaders: createLoaders(options.db, { batch: options.batchLoads }),
      requestId,
      identity,
      clientIp,
      loginLimiter,
    }),
  });
  const server = await startServiceServer({
    name: 'customers',
    port: options.port,
    routes: {
      '/graphql': graphql.handle,
      '/internal/identity': createIdentityHandler(options.db, options.gatewaySecret),
    },
  });
  return {
    ...server,
    async drain() {
      await server.drain();
      await graphql.stop();
    },
  };
}
