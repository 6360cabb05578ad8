import type { ServiceName } from '../stack.js';

/**
 * The start of one service's artifact (apps/api/build, deploy/docker): main.ts, running only
 * `name`. The artifact holds no other service's start-up code, so a SERVICES naming another is
 * refused here rather than failing later on a missing server.
 */
export async function runService(name: ServiceName): Promise<void> {
  // The one place besides env.ts that touches process.env: SERVICES is pinned before env.ts reads
  // it, so env.ts (and production's checks of what each service needs) see this service.
  // eslint-disable-next-line no-restricted-syntax
  const configured = process.env.SERVICES?.trim();
  if (configured && configured !== name) {
    console.error(`This is the ${name} artifact: SERVICES must be ${name} or unset, not ${configured}.`);
    process.exit(1);
  }
  // eslint-disable-next-line no-restricted-syntax
  process.env.SERVICES = name;
  // Imported after SERVICES is set: main.ts reads the environment as it loads.
  await import('../main.js');
}
