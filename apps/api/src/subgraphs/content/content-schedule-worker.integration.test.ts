import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Mailer } from '../../platform/mail/index.js';
import { graphql, useTestStack } from '../../test/stack.js';
import { startWorker } from '../../worker/worker.js';
import { contentClient, uniqueHandle } from './content-test-api.js';
import { contentTasks } from './index.js';

// A scheduled publish through the real queue: a worker that runs only content's task (so it
// takes no other file's jobs from the shared database) publishes the page at its time, not before.
const api = useTestStack();
const client = contentClient(api);

const mail: Mailer = { send: async () => ({ messageId: 'none' }), close: () => {} };
const payments = {
  lookup: async () => 'unknown' as const,
  void: async () => {},
  locate: async () => ({ status: 'unknown' as const, providerId: null }),
  voidAll: async () => {},
};

describe('scheduled publishing through the worker', () => {
  it('publishes a page scheduled 3 s ahead at its time, not before', async () => {
    const handle = uniqueHandle('timed');
    const page = await client.createPage({
      handle,
      title: 'Timed',
      blocks: [{ type: 'BannerBlock', data: { text: 'Now live' } }],
    });
    const publishAt = Date.now() + 3_000;
    const scheduled = await client.publish(page.id, new Date(publishAt).toISOString());
    expect(scheduled.userErrors).toEqual([]);

    const worker = await startWorker({
      databaseUrl: inject('databaseUrl'),
      tasks: contentTasks,
      mail,
      payments,
      concurrency: 1,
      pollIntervalMs: 100,
    });
    try {
      let liveAt: number | null = null;
      while (Date.now() < publishAt + 10_000) {
        const response = await graphql<{ page: { status: string } | null }>(
          api.gateway,
          `
            query ($h: String!) {
              page(handle: $h) {
                status
              }
            }
          `,
          { h: handle },
        );
        if (response.data?.page) {
          liveAt = Date.now();
          break;
        }
        await sleep(100);
      }
      expect(liveAt).not.toBeNull();
      // Not before its time (the page's clock and this one are the same machine's).
      expect(liveAt!).toBeGreaterThanOrEqual(publishAt);
      // And soon after it: the job is due at publishAt and the worker polls every 100 ms.
      expect(liveAt! - publishAt).toBeLessThan(2_000);
    } finally {
      await worker.stop();
    }
  });
});
