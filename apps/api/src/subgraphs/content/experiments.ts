import type { Redis } from '@upstash/redis';
import type { Db } from '../../platform/db/client.js';
import { idOfType } from '../../platform/graphql/global-id.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { validateBlocks, type BlockInput } from './blocks.js';
import { changePage, type PagePayload } from './page-editing.js';
import { tagsOf } from './publishing.js';
import * as repository from './repository.js';
import { experimentCountsKey, isValidSplit } from './rules.js';
import { Refusal, userError } from './user-errors.js';

// A/B tests: version `b`'s blocks go live with the test (the edge keeps one copy per version),
// counts are Redis hash increments (cheap, any number of instances), and stopping keeps the winner.

export type ExperimentEvent = 'VIEW' | 'ADD_TO_CART';
const FIELD: Record<ExperimentEvent, string> = { VIEW: 'views', ADD_TO_CART: 'addsToCart' };

export interface ExperimentCounts {
  a: { views: number; addsToCart: number };
  b: { views: number; addsToCart: number };
}

export async function readCounts(redis: Redis, pageId: number): Promise<ExperimentCounts> {
  const hash = (await redis.hgetall<Record<string, string | number>>(experimentCountsKey(pageId))) ?? {};
  const count = (field: string) => Number(hash[field] ?? 0) || 0;
  return {
    a: { views: count('a:views'), addsToCart: count('a:addsToCart') },
    b: { views: count('b:views'), addsToCart: count('b:addsToCart') },
  };
}

/** Drops a deleted page's A/B counts (after its delete committed). */
export async function forgetCounts(redis: Redis, globalId: string): Promise<void> {
  const id = idOfType(globalId, 'Page');
  if (id !== null) await redis.del(experimentCountsKey(id));
}

export async function startExperiment(
  db: Db,
  redis: Redis,
  globalId: string,
  blocks: readonly BlockInput[],
  splitPercent: number,
): Promise<PagePayload> {
  const checked = validateBlocks(blocks, ['blocks']);
  const errors = [...checked.errors];
  if (!isValidSplit(splitPercent)) {
    errors.push(userError('INVALID', 'Use 10, 20, … or 90 (percent who see version b).', ['splitPercent']));
  }
  if (errors.length > 0) return { page: null, userErrors: errors };
  const payload = await changePage(db, globalId, async (tx, row) => {
    if (!row.liveBlocks) throw new Refusal([userError('INVALID', 'Publish the page before testing it.', ['id'])]);
    await repository.upsertExperiment(tx, row.id, splitPercent, checked.blocks);
    await recordInvalidation(tx, tagsOf(row), `page ${row.id} experiment started`);
    return row;
  });
  // A new test counts from zero.
  if (payload.page) await redis.del(experimentCountsKey(payload.page.row.id));
  return payload;
}

/** Stops the running test; winner `b` becomes the live blocks and the draft, with a revision. */
export async function stopExperiment(db: Db, staffId: number, globalId: string, winner: string): Promise<PagePayload> {
  if (winner !== 'a' && winner !== 'b') {
    return { page: null, userErrors: [userError('INVALID', 'The winner is `a` or `b`.', ['winner'])] };
  }
  return changePage(db, globalId, async (tx, locked) => {
    let row = locked;
    const running = await repository.findRunningExperiment(tx, row.id);
    if (!running) throw new Refusal([userError('NOT_FOUND', 'This page has no running test.', ['id'])]);
    await repository.stopExperiment(tx, row.id, winner);
    if (winner === 'b') {
      await repository.insertRevision(tx, {
        pageId: row.id,
        title: row.liveTitle ?? row.title,
        seo: row.liveSeo ?? row.seo,
        blocks: running.blocksB,
        staffId,
      });
      row = await repository.updatePage(tx, row.id, {
        blocks: running.blocksB,
        liveBlocks: running.blocksB,
        updatedByStaffId: staffId,
      });
    }
    await recordInvalidation(tx, tagsOf(row), `page ${row.id} experiment stopped`);
    return row;
  });
}

/**
 * Counts a view or an add-to-cart for a version of a page under test. Anyone may call it (the
 * gateway's per-client budgets bound abuse); only a RUNNING test of a live page and versions a
 * and b count.
 */
export async function recordExperimentEvent(
  db: Db,
  redis: Redis,
  globalId: string,
  variant: string,
  event: ExperimentEvent,
): Promise<boolean> {
  if (variant !== 'a' && variant !== 'b') return false;
  let id: number | null;
  try {
    id = idOfType(globalId, 'Page');
  } catch {
    return false;
  }
  // A page taken off (unpublished, its test still RUNNING) is seen by nobody: nothing to count.
  if (id === null || !(await repository.isLiveUnderTest(db, id))) return false;
  await redis.hincrby(experimentCountsKey(id), `${variant}:${FIELD[event]}`, 1);
  return true;
}
