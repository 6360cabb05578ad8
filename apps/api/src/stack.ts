import type { Env } from './env.js';
import { startGatewayService } from './gateway/service.js';
import { connectDatabase, type Database } from './platform/db/client.js';
import { migrateDatabase } from './platform/db/migrate.js';
import type { ServiceServer } from './platform/http/service-server.js';
import { log } from './platform/log.js';
import { seedDemoCatalog } from './seed/seed.js';
import { startCatalogService } from './subgraphs/catalog/index.js';
import { startInventoryService } from './subgraphs/inventory/index.js';

export interface Stack {
  database: Database;
  services: ServiceServer[];
  url(name: 'gateway' | 'catalog' | 'inventory'): string;
  stop(): Promise<void>;
}

/**
 * Starts the services named in SERVICES against one database: migrates it, seeds the demo
 * catalog when it is empty, then subgraphs before the gateway that routes to them.
 */
export async function startStack(env: Env, databaseUrl: string): Promise<Stack> {
  const wanted = new Set(env.SERVICES.split(',').map((name) => name.trim()).filter(Boolean));
  const database = connectDatabase(databaseUrl, { max: env.DB_POOL_SIZE });
  const services: ServiceServer[] = [];
  try {
    await migrateDatabase(database.db);
    if (env.SEED_DEMO_CATALOG && wanted.has('catalog')) {
      const seeded = await seedDemoCatalog(database.db);
      if (seeded.seeded) log.info('seeded the demo catalog', { products: seeded.products, variants: seeded.variants, ms: seeded.ms });
    }
    if (wanted.has('catalog')) {
      services.push(await startCatalogService({
        db: database.db, port: env.CATALOG_PORT, mediaBaseUrl: env.MEDIA_BASE_URL, storefrontUrl: env.STOREFRONT_URL,
        batchLoads: env.DATALOADER,
      }));
    }
    if (wanted.has('inventory')) {
      services.push(await startInventoryService({ db: database.db, port: env.INVENTORY_PORT, showExactStock: env.SHOW_EXACT_STOCK, batchLoads: env.DATALOADER }));
    }
    const url = (name: string) => services.find((service) => service.name === name)?.url;
    if (wanted.has('gateway')) {
      const catalogUrl = env.CATALOG_URL ?? url('catalog');
      const inventoryUrl = env.INVENTORY_URL ?? url('inventory');
      if (!catalogUrl || !inventoryUrl) throw new Error('The gateway needs CATALOG_URL and INVENTORY_URL when the subgraphs run elsewhere.');
      services.push(await startGatewayService({
        port: env.GATEWAY_PORT,
        subgraphUrls: { catalog: `${catalogUrl}/graphql`, inventory: `${inventoryUrl}/graphql` },
        development: env.NODE_ENV !== 'production',
        deduplicate: env.GATEWAY_DEDUPLICATE,
      }));
    }
  } catch (error) {
    await Promise.allSettled(services.map((service) => service.drain()));
    await database.close();
    throw error;
  }
  return {
    database,
    services,
    url(name) {
      const found = services.find((service) => service.name === name);
      if (!found) throw new Error(`service ${name} is not running`);
      return found.url;
    },
    async stop() {
      // Gateway first, so nothing new reaches the subgraphs while they drain.
      for (const service of [...services].reverse()) await service.drain();
      await database.close();
    },
  };
}
