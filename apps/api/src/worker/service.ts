import { startServiceServer, type ServiceServer } from '../platform/http/service-server.js';
import type { Mailer } from '../platform/mail/index.js';
import type { TaskPayments } from './task-context.js';
import { composeTasks, domainTasks, schedules } from './tasks.js';
import { startWorker } from './worker.js';

/**
 * The worker as a service of the stack: graphile-worker over every domain's tasks, and a small
 * HTTP surface (`/healthz`, `/readyz`, 503 while draining) so an orchestrator can probe it like
 * the subgraphs; its job metrics are on the process's admin port with the rest. drain() stops
 * taking jobs, lets the running ones finish, then closes the worker's pools and the mailer.
 */
export async function startWorkerService(options: {
  databaseUrl: string;
  port: number;
  concurrency: number;
  mail: Mailer;
  payments: TaskPayments;
  revalidation?: { url: string; secret: string };
  evictResponses?: (tags: readonly string[]) => Promise<void>;
  stockEvictions?: { stockBoundMs: number; markStockEvictionsCurrent(forMs: number): Promise<void> };
}): Promise<ServiceServer> {
  const worker = await startWorker({
    databaseUrl: options.databaseUrl,
    tasks: composeTasks(domainTasks),
    crontab: schedules,
    concurrency: options.concurrency,
    mail: options.mail,
    payments: options.payments,
    ...(options.revalidation ? { revalidation: options.revalidation } : {}),
    ...(options.evictResponses ? { evictResponses: options.evictResponses } : {}),
    ...(options.stockEvictions ? { stockEvictions: options.stockEvictions } : {}),
  });
  let server: ServiceServer;
  try {
    server = await startServiceServer({ name: 'worker', port: options.port, routes: {} });
  } catch (error) {
    await worker.stop();
    throw error;
  }
  return {
    ...server,
    async drain() {
      server.markDraining();
      await worker.stop();
      options.mail.close();
      await server.drain();
    },
  };
}
