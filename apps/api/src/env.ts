import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { describeConfigProblems, problemsOf } from './platform/config-problems.js';
import { productionProblems } from './production-settings.js';
import { DEFAULT_SERVICES, serviceProblems, servicesOf } from './service-settings.js';
import { paymentProblems } from './subgraphs/checkout/index.js';

// Every setting of the API, checked once at start-up. Nothing else reads process.env.
const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(['on', 'off', 'true', 'false', '1', '0']).transform((v) => ['on', 'true', '1'].includes(v));

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /**
     * Which deployment this is (deploy/environments/<name>): dev and staging are test shops,
     * production is the shop; local is one machine (npm start, tests, benchmarks). Default: production
     * under NODE_ENV=production (strict when forgotten), else local.
     */
    DEPLOY_ENV: z.enum(['local', 'dev', 'staging', 'production']).optional(),
    /** External PostgreSQL; when absent an embedded server is started in `.data/postgres`. */
    DATABASE_URL: z.string().url().optional(),
    /** Where the embedded PostgreSQL keeps its data. */
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: port.default(54329),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** PostgreSQL cancels a statement that runs longer, and ends a session idle inside a transaction longer. */
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(10),
    /**
     * Statements that may wait for a pooled connection; past it they fail at once (DATABASE_BUSY).
     * 400: a product page runs about four statements at once and one process may host every
     * subgraph on this pool, so 100 refused 50 shoppers' cold product pages (bench/catalog.ts);
     * the statement and subgraph timeouts still bound how long any of them waits.
     */
    DB_QUEUE_LIMIT: z.coerce.number().int().min(0).default(400),
    GATEWAY_PORT: port.default(4000),
    CATALOG_PORT: port.default(4001),
    INVENTORY_PORT: port.default(4002),
    /** Slow clients: deadlines for a request's headers and whole body, and open connections per port. */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(4_096),
    /** On SIGTERM /readyz answers 503 this long before ports close (default 5000 in production, else 0). */
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).optional(),
    /** The admin server (Prometheus /metrics of every service in the process). */
    ADMIN_PORT: port.default(9464),
    ADMIN_HOST: z.string().default('127.0.0.1'),
    /** Gateway to subgraph: per-call timeout; a subgraph failing this many times in a row is skipped for the reset time. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(1).default(8_000),
    SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).default(5),
    SUBGRAPH_BREAKER_RESET_MS: z.coerce.number().int().min(1).default(10_000),
    /**
     * Processes the API runs as (docs/adr/0014): 1 is one process; n > 1 is a node:cluster primary
     * (database preparation, jobs' home, metrics) and n workers serving the gateway and subgraphs
     * on shared ports; `auto` is one per core (availableParallelism). Default 1 everywhere: a
     * container's CPU quota is invisible to Node, so production sets it to the cores it is given.
     */
    API_PROCESSES: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)])
      .default(1)
      .transform((value) => (value === 'auto' ? availableParallelism() : value)),
    /** Comma-separated services this process runs (service-settings.ts says what each needs). */
    SERVICES: z.string().default(DEFAULT_SERVICES),
    /** Subgraph URLs for a gateway that runs apart from them. */
    CATALOG_URL: z.string().url().optional(),
    INVENTORY_URL: z.string().url().optional(),
    /** Public base URL of the image service (the catalog subgraph serves `/images`). */
    MEDIA_BASE_URL: z.string().url().optional(),
    /** Image encodes at once (default: cores - 1), waiting, and ms from admission to bytes; past them, 503. */
    IMAGE_ENCODE_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    IMAGE_ENCODE_QUEUE: z.coerce.number().int().min(0).max(10_000).default(16),
    IMAGE_ENCODE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** The storefront's POST /api/revalidate, where the worker sends the outbox's cache tags (pages to render afresh). */
    STOREFRONT_REVALIDATE_URL: z.string().url().optional(),
    /** The storefront's REVALIDATE_SECRET (sent as a bearer token). */
    REVALIDATE_SECRET: z.string().min(32).optional(),
    /** Public URL of the storefront, for `Shop.primaryDomain`. */
    STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
    /** Seed the demo catalog into an empty database at start; default on except in production (refused there). */
    SEED_DEMO_CATALOG: flag.optional(),
    /** Baseline switch for benchmarks: off makes every loader fetch one key at a time. */
    DATALOADER: flag.default(true),
    /** In-flight deduplication of identical subgraph requests at the gateway; benchmarks turn it off. */
    GATEWAY_DEDUPLICATE: flag.default(true),
    /** The gateway's response cache for identity-free queries (docs/response-cache.md), in the shared Redis. */
    RESPONSE_CACHE: flag.default(true),
    /** How long a cached response lives; entity eviction (mutations, outbox) ends it sooner. */
    RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(1).default(60_000),
    /** The most a cached response showing stock (quantityAvailable, availableForSale) may lag. */
    RESPONSE_CACHE_STOCK_TTL_MS: z.coerce.number().int().min(1).default(5_000),
    /** Past this a cache read is a miss and a write is dropped: a slow Redis must not slow the shop. */
    RESPONSE_CACHE_REDIS_TIMEOUT_MS: z.coerce.number().int().min(1).default(200),
    /** Show `quantityAvailable`; off hides exact stock (null) but keeps availableForSale. */
    SHOW_EXACT_STOCK: flag.default(false),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /**
     * The build this process runs, set by the release in the image (platform/build-info.ts): a
     * version (default: the api package's) and the git commit. They label every metric series.
     */
    BUILD_VERSION: z
      .string()
      .regex(/^[\w.+-]{1,64}$/, 'letters, digits, . + - _ only (it labels every metric)')
      .optional(),
    BUILD_COMMIT: z
      .string()
      .regex(/^[\w.+-]{1,64}$/, 'letters, digits, . + - _ only (it labels every metric)')
      .default('unknown'),
    /** Shared Redis over the Upstash REST protocol (Upstash itself, or our bridge). */
    UPSTASH_REDIS_REST_URL: z.string().url().optional(),
    UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
    /** A Redis server for the bundled Upstash-REST bridge (used when UPSTASH_REDIS_REST_URL is unset). */
    REDIS_URL: z.string().url().optional(),
    CUSTOMERS_PORT: port.default(4003),
    CUSTOMERS_URL: z.string().url().optional(),
    CART_PORT: port.default(4004),
    CART_URL: z.string().url().optional(),
    CHECKOUT_PORT: port.default(4005),
    CHECKOUT_URL: z.string().url().optional(),
    /** The content subgraph (pages, menus, A/B tests). */
    CONTENT_PORT: port.default(4007),
    CONTENT_URL: z.string().url().optional(),
    /** The worker's /healthz and /readyz (its metrics are on the admin port with the rest). */
    WORKER_PORT: port.default(4006),
    /** Jobs one worker process runs at once. */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
    /** Outgoing mail (order confirmations). Development and tests: the local mail catcher; production must set it. */
    SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).max(200).default('"Commerce Shop" <orders@shop.localhost>'),
    /** How long checkoutStart holds a checkout's stock; expiry returns it. */
    RESERVATION_MINUTES: z.coerce.number().min(0.01).max(1440).default(10),
    /** Signs the identity the gateway passes to subgraphs; every instance must share it. */
    GATEWAY_SECRET: z.string().min(32).optional(),
    /** Signs the storefront server's first-party client header; shared with the storefront. */
    FIRST_PARTY_SECRET: z.string().min(32).optional(),
    /** Gateway budgets per client (a signed-in person, else an address or IPv6 /64) per window. */
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Past this a budget check lets the request through: a slow Redis must not slow the shop. */
    RATE_LIMIT_REDIS_TIMEOUT_MS: z.coerce.number().int().min(1).default(300),
    RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(600),
    /** Summed estimated query cost per window (a collection page with facets costs about 3,300). */
    RATE_LIMIT_COST: z.coerce.number().int().min(1).default(300_000),
    /** The same for each shopper behind the storefront server (FIRST_PARTY_SECRET-signed requests). */
    FIRST_PARTY_RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(1_200),
    FIRST_PARTY_RATE_LIMIT_COST: z.coerce.number().int().min(1).default(600_000),
    /** Cart and checkout mutations per window and client address, apart from the other budgets. */
    MUTATION_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
    /** Browser origins allowed to call the API with credentials, comma-separated. */
    CORS_ORIGINS: z.string().default('http://localhost:3000,http://127.0.0.1:3000'),
    /** Proxies (IPs or CIDR ranges, comma-separated) whose X-Forwarded-For the gateway believes. */
    TRUSTED_PROXIES: z.string().default(''),
    /** Cookie the storefront keeps the customer's session token in. */
    SESSION_COOKIE: z
      .string()
      .regex(/^[\w-]+$/)
      .default('shop_session'),
    /** Sign-in attempts per account and per client address, and sign-ups per address, per window. */
    SIGN_IN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
    SIGN_UP_LIMIT_PER_IP: z.coerce.number().int().min(1).default(10),
    SIGN_IN_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    /** Create (or reset) a staff account and print its password at start; only `npm start` sets it, production refuses it. */
    DEV_STAFF: flag.default(false),
    /** The staff account DEV_STAFF creates. */
    DEV_STAFF_EMAIL: z.string().email().default('admin@example.com'),
    /** Payment provider instances, comma-separated, in failover order: test, stripe, stripe-secondary (default test, none in production). */
    PAYMENT_PROVIDERS: z.string().optional(),
    /** Production refuses the test provider unless this says so (a staging shop). */
    PAYMENT_ALLOW_TEST_PROVIDER: flag.default(false),
    /** Per call to one provider instance; a consecutive-failure breaker skips an instance for the half-open time. */
    PAYMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(8_000),
    PAYMENT_BREAKER_FAILURES: z.coerce.number().int().min(1).default(5),
    PAYMENT_BREAKER_HALF_OPEN_MS: z.coerce.number().int().min(100).default(30_000),
    /** Stripe (and a second account for failover): secret key, API base (the local fake in tests), webhook signing secret. */
    STRIPE_SECRET_KEY: z.string().min(1).optional(),
    STRIPE_API_BASE: z.string().url().optional(),
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
    STRIPE_SECONDARY_SECRET_KEY: z.string().min(1).optional(),
    STRIPE_SECONDARY_API_BASE: z.string().url().optional(),
    STRIPE_SECONDARY_WEBHOOK_SECRET: z.string().min(1).optional(),
  })
  .transform((env) => ({
    ...env,
    DEPLOY_ENV: env.DEPLOY_ENV ?? (env.NODE_ENV === 'production' ? 'production' : 'local'),
    SEED_DEMO_CATALOG: env.SEED_DEMO_CATALOG ?? env.NODE_ENV !== 'production',
    PAYMENT_PROVIDERS: env.PAYMENT_PROVIDERS ?? (env.NODE_ENV === 'production' ? '' : 'test'),
  }));

export type Env = z.infer<typeof schema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  const problems = parsed.success ? [] : problemsOf(parsed.error.issues);
  // What the services named in SERVICES need (service-settings.ts), listed with the rest.
  problems.push(...serviceProblems(source));
  // A deployed environment runs as production does; only `local` may run as development.
  if (source.DEPLOY_ENV && source.DEPLOY_ENV !== 'local' && source.NODE_ENV !== 'production')
    problems.push({ name: 'NODE_ENV', message: `must be production where DEPLOY_ENV is ${source.DEPLOY_ENV}` });
  // Production's own rules (secrets, shared Redis, no development defaults), listed with the rest.
  if (source.NODE_ENV === 'production') problems.push(...productionProblems(source));
  // Where payments are taken or settled, the providers' own settings (Stripe keys), with the rest.
  if (parsed.success && servicesOf(parsed.data).some((name) => name === 'checkout' || name === 'worker'))
    problems.push(...paymentProblems(parsed.data));
  if (!parsed.success || problems.length > 0) throw new Error(describeConfigProblems(problems));
  return parsed.data;
}
