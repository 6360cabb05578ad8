// After `next build` (npm run build): dist/, the storefront's deployable. Next.js's standalone
// output (.next/standalone: the traced node_modules and the server files, laid out from the
// repository root) plus what it leaves out on purpose: the static assets, public/, and server.mjs
// (`next start` with the shopper's socket address, peer-address.mjs). deploy/docker copies dist/
// and runs `node apps/storefront/server.mjs`; e2e starts the storefront from it.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const dist = join(here, 'dist');
const app = join(dist, 'apps/storefront');
if (!existsSync(join(here, '.next/standalone'))) throw new Error('No .next/standalone: run next build first.');

rmSync(dist, { recursive: true, force: true });
cpSync(join(here, '.next/standalone'), dist, { recursive: true, verbatimSymlinks: false, dereference: true });
cpSync(join(here, '.next/static'), join(app, '.next/static'), { recursive: true });
if (existsSync(join(here, 'public'))) cpSync(join(here, 'public'), join(app, 'public'), { recursive: true });
for (const file of ['server.mjs', 'peer-address.mjs']) cpSync(join(here, file), join(app, file));
console.log(`storefront artifact: ${dist}`);
