import { readCounts } from '../experiments.js';
import type { PageExperimentResolvers, PageExperimentVersionResolvers } from '../generated/resolvers-types.js';
import type { StoredBlock } from '../tables.js';

export interface ExperimentVersion {
  key: 'a' | 'b';
  blocks: StoredBlock[];
  views: number;
  addsToCart: number;
}

// Only content editors reach an experiment (Page.experiment is staff-only).
export const PageExperiment = {
  status: (experiment) => experiment.status,
  splitPercent: (experiment) => experiment.splitPercent,
  startedAt: (experiment) => experiment.startedAt,
  stoppedAt: (experiment) => experiment.stoppedAt,
  winner: (experiment) => experiment.winner,
  versions: async (experiment, _args, { loaders, redis }) => {
    const [page, counts] = await Promise.all([
      loaders.pageById.load(experiment.pageId),
      readCounts(redis, experiment.pageId),
    ]);
    return [
      { key: 'a', blocks: page?.liveBlocks ?? page?.blocks ?? [], ...counts.a },
      { key: 'b', blocks: experiment.blocksB, ...counts.b },
    ];
  },
} satisfies PageExperimentResolvers;

export const PageExperimentVersion = {
  key: (version) => version.key,
  blocks: (version) => version.blocks,
  views: (version) => version.views,
  addsToCart: (version) => version.addsToCart,
} satisfies PageExperimentVersionResolvers;
