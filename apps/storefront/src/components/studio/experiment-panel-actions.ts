'use server';

import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import {
  PageExperimentStartDocument,
  PageExperimentStopDocument,
  type PageExperimentFieldsFragment,
} from '@/lib/graphql/generated/graphql';
import type { PageUserErrorShape } from '@/lib/studio/page-user-errors';
import { requirePageEditor } from '@/lib/studio/studio-guard';
import { studioRequest } from '@/lib/studio/studio-request';

// The A/B panel's server actions (the page editor's route mounts the panel; these are public
// endpoints, so arguments are read as untrusted; the content API checks blocks and split again).

export type ExperimentActionResult =
  | { ok: true; experiment: PageExperimentFieldsFragment | null }
  | {
      ok: false;
      userErrors: PageUserErrorShape[];
      message: string | null;
    };

const blocksSchema = z.array(z.object({ type: z.string().max(40), data: z.record(z.string(), z.unknown()) })).max(50);

function failed(operation: string, error: unknown): ExperimentActionResult {
  unstable_rethrow(error);
  console.error(`${operation} failed:`, error instanceof Error ? error.message : error);
  return { ok: false, userErrors: [], message: requestFailureMessage(error) };
}

export async function startExperimentAction(
  pageId: string,
  blocks: unknown,
  splitPercent: number,
): Promise<ExperimentActionResult> {
  const { token } = await requirePageEditor();
  const parsed = blocksSchema.safeParse(blocks);
  if (typeof pageId !== 'string' || !parsed.success || !Number.isInteger(splitPercent)) {
    return { ok: false, userErrors: [], message: 'The test could not be read. Reload the page and try again.' };
  }
  try {
    const { pageExperimentStart: payload } = await studioRequest(token, PageExperimentStartDocument, {
      id: pageId,
      blocks: parsed.data,
      splitPercent,
    });
    if (payload.userErrors.length || !payload.page) return { ok: false, userErrors: payload.userErrors, message: null };
    return { ok: true, experiment: payload.page.experiment };
  } catch (error) {
    return failed('pageExperimentStart', error);
  }
}

export async function stopExperimentAction(pageId: string, winner: string): Promise<ExperimentActionResult> {
  const { token } = await requirePageEditor();
  if (typeof pageId !== 'string' || (winner !== 'a' && winner !== 'b')) {
    return { ok: false, userErrors: [], message: 'Choose version a or b to keep.' };
  }
  try {
    const { pageExperimentStop: payload } = await studioRequest(token, PageExperimentStopDocument, {
      id: pageId,
      winner,
    });
    if (payload.userErrors.length || !payload.page) return { ok: false, userErrors: payload.userErrors, message: null };
    return { ok: true, experiment: payload.page.experiment };
  } catch (error) {
    return failed('pageExperimentStop', error);
  }
}
