// `next start` with one addition: every request carries its socket peer in a header no client
// can set (peer-address.mjs), the shopper's address for the gateway's per-client budgets.
// Next.js offers no other way to read the peer: its X-Forwarded-For keeps a client's claim.
// Usage: node server.mjs [--port 3000] [--hostname 127.0.0.1], with NODE_ENV=production.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { recordPeerAddress } from './peer-address.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
// In the deployable (dist/, assemble-artifact.mjs) there is no next.config.ts to load: the build's
// settings are handed over the way Next.js's own standalone server.js does, before Next.js loads.
if (!existsSync(join(dir, 'next.config.ts'))) {
  const { config } = JSON.parse(readFileSync(join(dir, '.next/required-server-files.json'), 'utf8'));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}
const { default: next } = await import('next');

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p', default: '3000' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port);
const app = next({
  dev: false,
  dir,
  hostname: values.hostname ?? 'localhost',
  port,
});
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  recordPeerAddress(request);
  void handle(request, response);
});
server.listen(port, values.hostname, () =>
  console.log(`storefront listening on http://${values.hostname ?? 'localhost'}:${port}`),
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
