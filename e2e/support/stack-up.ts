import { randomBytes } from 'node:crypto';
import globalSetup from '../global-setup.js';

// `npm run stack -w @commerce/e2e`: the journeys' stack on its own, until Ctrl-C, for working
// on journeys: run them against it with the printed variables (`E2E_STACK=running`).
process.env.E2E_REVALIDATE_SECRET ??= randomBytes(30).toString('base64url');
process.env.E2E_EDGE_PURGE_SECRET ??= randomBytes(30).toString('base64url');
const stop = await globalSetup();
console.log(
  `\nexport E2E_STACK=running E2E_REVALIDATE_SECRET=${process.env.E2E_REVALIDATE_SECRET} E2E_EDGE_PURGE_SECRET=${process.env.E2E_EDGE_PURGE_SECRET} E2E_DATABASE_URL=${process.env.E2E_DATABASE_URL}\nthen: npx playwright test [files]   (Ctrl-C here stops the stack)\n`,
);
let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  stop().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
