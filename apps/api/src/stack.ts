import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Env } from './env.js';
import { createIdentityResolver } from './gateway/identity.js';
import { responseCacheFromEnv } from './gateway/response-cache/index.js';
import { startGatewayService } from './gateway/server.js';
import { upstreamOptionsFromEnv } from './gateway/upstream.js';
import { connectDatabase, databaseOptionsFromEnv, type Database } from './platform/db/client.js';
import { migrateDatabase } from './platform/db/migrate.js';
import { migrateQueue } from './platform/queue/migrate.js';
import type { ServiceServer } from './platform/http/service-server.js';
import { log } from './platform/log.js';
import { createMailer } from './platform/mail/index.js';
import { connectRedis, type RedisConnection } from './platform/redis/index.js';
import { seedDemoCatalog } from './seed/seed.js';
import { seedCartDemo, startCartService } from './subgraphs/cart/index.js';
import {
  createPaymentRouterFromConfig,
  paymentConfigFromEnv,
  queueUncertainVoid,
  startCheckoutService,
} from './subgraphs/checkout/index.js';
import { startCatalogService } from './subgraphs/catalog/index.js';
import { seedContentDemo, startContentService } from './subgraphs/content/index.js';
import { ensureDevStaff, findDevStaff, startCustomersService } from './subgraphs/customers/index.js';
import { startInventoryService } from './subgraphs/inventory/index.js';
import type { ServiceName } from './service-settings.js';
import { startWorkerService } from './worker/service.js';

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export type { ServiceName } from './service-settings.js';

export interface Stack {
  database: Database;
  redis: RedisConnection;
  services: ServiceServer[];
  /** The secret the gateway signs identities with (tests use it to sign like the gateway). */
  gatewaySecret: string;
  /** Development only: the seeded staff account. */
  devStaff: { email: string; password: string } | null;
  url(name: ServiceName): string;
  stop(): Promise<void>;
}

const servicesOf = (env: Env) => new Set(list(env.SERVICES));

/**
 * The once-per-start work on the database for the services named in SERVICES: migrations, the
 * demo data when enabled (seeds skip what exists), and DEV_STAFF's account. One process does it
 * before any serves: the process itself, or the cluster primary before it forks (src/cluster/).
 */
export async function prepareDatabase(env: Env, databaseUrl: string): Promise<Stack['devStaff']> {
  const wanted = servicesOf(env);
  // The gateway reads no table: a gateway-only process (deploy/k8s, whose network policy keeps it
  // away from PostgreSQL) leaves migrations to the domains' processes.
  if ([...wanted].every((name) => name === 'gateway')) return null;
  const database = connectDatabase(databaseUrl, databaseOptionsFromEnv(env));
  // Several processes may start at once (a release in Kubernetes starts every domain's pods): they
  // take turns, or two would apply the same migration and one would fail its start. A session
  // advisory lock on a connection of its own, released when that connection ends.
  const turn = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await turn`select pg_advisory_lock(hashtext('commerce:prepare-database'))`;
    await migrateDatabase(database.db);
    await migrateQueue(databaseUrl);
    if (env.NODE_ENV === 'production') await refuseDevStaff(database.db, env.DEV_STAFF_EMAIL);
    const seedCatalog = env.SEED_DEMO_CATALOG && wanted.has('catalog');
    if (seedCatalog) {
      const seeded = await seedDemoCatalog(database.db);
      if (seeded.seeded)
        log.info('seeded the demo catalog', { products: seeded.products, variants: seeded.variants, ms: seeded.ms });
    }
    // Tax rates and demo discount codes; without a tax rate no country can be shipped to.
    if (env.SEED_DEMO_CATALOG && wanted.has('cart')) await seedCartDemo(database.db);
    // Demo pages and menus point at the demo catalog's products, so they follow its seed.
    if (seedCatalog && wanted.has('content')) {
      const seeded = await seedContentDemo(database.db);
      if (seeded.pages + seeded.menus > 0) log.info('seeded the demo content', seeded);
    }
    // Opt-in (only `npm start` sets DEV_STAFF; production refuses it): never a side effect of NODE_ENV.
    return env.DEV_STAFF && wanted.has('customers') ? await ensureDevStaff(database.db, env.DEV_STAFF_EMAIL) : null;
  } finally {
    await database.close();
    await turn.end();
  }
}

/**
 * Production never starts on a database holding the account DEV_STAFF makes (`npm start`): an
 * ADMIN whose password a development console printed. Every process that prepares the database
 * refuses, so no domain serves until an operator has removed it.
 */
async function refuseDevStaff(db: Database['db'], email: string): Promise<void> {
  const found = await findDevStaff(db, email);
  if (!found) return;
  throw new Error(
    `Refusing to start in production: the database holds the development staff account ${found.email} ` +
      `(made by DEV_STAFF=on, as npm start does; its password was printed on a console). Delete that ` +
      `account from customers.staff (and its access tokens), or point DATABASE_URL at the production database.`,
  );
}

/**
 * Starts the services named in SERVICES against one database and one Redis: prepares the
 * database (unless `prepared`: a cluster worker, whose primary did), starts subgraphs, the
 * gateway that routes to them, then the job worker.
 */
export async function startStack(env: Env, databaseUrl: string, options: { prepared?: boolean } = {}): Promise<Stack> {
  const wanted = servicesOf(env);
  // Without a configured secret (development, one process) a fresh one per start does the job.
  const gatewaySecret = env.GATEWAY_SECRET ?? randomBytes(32).toString('base64url');
  const database = connectDatabase(databaseUrl, databaseOptionsFromEnv(env));
  const redis = await connectRedis({
    upstashUrl: env.UPSTASH_REDIS_REST_URL,
    upstashToken: env.UPSTASH_REDIS_REST_TOKEN,
    redisUrl: env.REDIS_URL,
  });
  const services: ServiceServer[] = [];
  const url = (name: string) => services.find((service) => service.name === name)?.url;
  const shared = { db: database.db, gatewaySecret, batchLoads: env.DATALOADER };
  let devStaff: Stack['devStaff'] = null;
  try {
    if (!options.prepared) devStaff = await prepareDatabase(env, databaseUrl);
    if (wanted.has('catalog')) {
      services.push(
        await startCatalogService({
          ...shared,
          port: env.CATALOG_PORT,
          mediaBaseUrl: env.MEDIA_BASE_URL,
          storefrontUrl: env.STOREFRONT_URL,
          images: {
            concurrency: env.IMAGE_ENCODE_CONCURRENCY,
            maxQueue: env.IMAGE_ENCODE_QUEUE,
            timeoutMs: env.IMAGE_ENCODE_TIMEOUT_MS,
          },
        }),
      );
    }
    if (wanted.has('inventory')) {
      services.push(
        await startInventoryService({ ...shared, port: env.INVENTORY_PORT, showExactStock: env.SHOW_EXACT_STOCK }),
      );
    }
    if (wanted.has('customers')) {
      services.push(
        await startCustomersService({
          ...shared,
          port: env.CUSTOMERS_PORT,
          redis: redis.redis,
          loginLimits: {
            perAccount: env.SIGN_IN_LIMIT_PER_ACCOUNT,
            perIp: env.SIGN_IN_LIMIT_PER_IP,
            signUpsPerIp: env.SIGN_UP_LIMIT_PER_IP,
            windowSeconds: env.SIGN_IN_LIMIT_WINDOW_SECONDS,
          },
        }),
      );
    }
    if (wanted.has('cart')) {
      services.push(await startCartService({ ...shared, port: env.CART_PORT, storefrontUrl: env.STOREFRONT_URL }));
    }
    if (wanted.has('checkout')) {
      const paymentConfig = paymentConfigFromEnv(env);
      services.push(
        await startCheckoutService({
          ...shared,
          port: env.CHECKOUT_PORT,
          payments: createPaymentRouterFromConfig(paymentConfig, {
            db: database.db,
            onUncertainCharge: queueUncertainVoid(database.db),
          }),
          stripeWebhooks: paymentConfig.stripe,
          settings: { reservationMinutes: env.RESERVATION_MINUTES },
          // Checkout mutations at once: twice the pool (each has at most one statement out at a time); the rest wait their turn.
          admissionConcurrency: env.DB_POOL_SIZE * 2,
        }),
      );
    }
    if (wanted.has('content')) {
      services.push(
        await startContentService({
          ...shared,
          port: env.CONTENT_PORT,
          redis: redis.redis,
          // Hero images link to the catalog's image service, exactly as the catalog's own Image does.
          mediaBaseUrl: env.MEDIA_BASE_URL ?? url('catalog') ?? env.CATALOG_URL ?? '',
        }),
      );
    }
    if (wanted.has('gateway')) {
      const subgraph = (
        name: 'catalog' | 'inventory' | 'customers' | 'cart' | 'checkout' | 'content',
        configured: string | undefined,
      ) => {
        const found = configured ?? url(name);
        if (!found) throw new Error(`The gateway needs ${name.toUpperCase()}_URL when ${name} runs elsewhere.`);
        return found;
      };
      const customersUrl = subgraph('customers', env.CUSTOMERS_URL);
      services.push(
        await startGatewayService({
          port: env.GATEWAY_PORT,
          subgraphUrls: {
            catalog: `${subgraph('catalog', env.CATALOG_URL)}/graphql`,
            inventory: `${subgraph('inventory', env.INVENTORY_URL)}/graphql`,
            customers: `${customersUrl}/graphql`,
            ...(wanted.has('cart') || env.CART_URL ? { cart: `${subgraph('cart', env.CART_URL)}/graphql` } : {}),
            ...(wanted.has('checkout') || env.CHECKOUT_URL
              ? { checkout: `${subgraph('checkout', env.CHECKOUT_URL)}/graphql` }
              : {}),
            ...(wanted.has('content') || env.CONTENT_URL
              ? { content: `${subgraph('content', env.CONTENT_URL)}/graphql` }
              : {}),
          },
          development: env.NODE_ENV !== 'production',
          deduplicate: env.GATEWAY_DEDUPLICATE,
          upstream: upstreamOptionsFromEnv(env),
          secret: gatewaySecret,
          corsOrigins: list(env.CORS_ORIGINS),
          trustedProxies: list(env.TRUSTED_PROXIES),
          firstPartySecret: env.FIRST_PARTY_SECRET,
          redis: redis.redis,
          responseCache: responseCacheFromEnv(env, redis.redis),
          rateLimits: {
            windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
            redisTimeoutMs: env.RATE_LIMIT_REDIS_TIMEOUT_MS,
            requests: { client: env.RATE_LIMIT_REQUESTS, 'first-party': env.FIRST_PARTY_RATE_LIMIT_REQUESTS },
            cost: { client: env.RATE_LIMIT_COST, 'first-party': env.FIRST_PARTY_RATE_LIMIT_COST },
            mutations: env.MUTATION_RATE_LIMIT,
          },
          cookieName: env.SESSION_COOKIE,
          resolveIdentity: createIdentityResolver({
            redis: redis.redis,
            customersUrl,
            secret: gatewaySecret,
            cookieName: env.SESSION_COOKIE,
          }),
        }),
      );
    }
    // Last, after every HTTP service: cluster workers start the same ports in the same order (a
    // port 0 is shared by position), and only one of them runs the job worker (src/cluster/).
    if (wanted.has('worker')) {
      const workerCache = responseCacheFromEnv(env, redis.redis);
      // The jobs of every domain (reservation expiry, payment repair, order emails, sweeps); it can
      // also deploy alone (SERVICES=worker). Its own payment router: a charge it settles is looked up
      // or voided at the provider, never charged.
      services.push(
        await startWorkerService({
          databaseUrl,
          port: env.WORKER_PORT,
          concurrency: env.WORKER_CONCURRENCY,
          mail: createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
          payments: createPaymentRouterFromConfig(paymentConfigFromEnv(env), {
            db: database.db,
            onUncertainCharge: queueUncertainVoid(database.db),
          }),
          ...(env.STOREFRONT_REVALIDATE_URL && env.REVALIDATE_SECRET
            ? { revalidation: { url: env.STOREFRONT_REVALIDATE_URL, secret: env.REVALIDATE_SECRET } }
            : {}),
          // The outbox flush evicts the gateway's cached responses too (the same shared Redis), and
          // its eviction tick keeps stock responses servable past the stock bound while it keeps up.
          ...(workerCache ? { evictResponses: workerCache.evictTags, stockEvictions: workerCache.stockEvictions } : {}),
        }),
      );
    }
  } catch (error) {
    await Promise.allSettled(services.map((service) => service.drain()));
    await database.close();
    await redis.close();
    throw error;
  }
  return {
    database,
    redis,
    services,
    gatewaySecret,
    devStaff,
    url(name) {
      const found = url(name);
      if (!found) throw new Error(`service ${name} is not running`);
      return found;
    },
    async stop() {
      // Gateway first, so nothing new reaches the subgraphs while they drain.
      for (const service of [...services].reverse()) await service.drain();
      await database.close();
      await redis.close();
    },
  };
}
