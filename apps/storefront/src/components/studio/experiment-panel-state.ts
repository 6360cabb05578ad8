import { mapPageUserErrors, type PageUserErrorShape } from '@/lib/studio/page-user-errors';

// The A/B panel's pure parts: the splits a test may use (the edge's deciles), conversion in
// words, and pageExperimentStart's userErrors put under version b's blocks or the split.

export const SPLIT_OPTIONS = [10, 20, 30, 40, 50, 60, 70, 80, 90] as const;

export function splitFrom(value: FormDataEntryValue | string | null): number | null {
  const split = typeof value === 'string' && /^\d{2}$/.test(value) ? Number(value) : NaN;
  return (SPLIT_OPTIONS as readonly number[]).includes(split) ? split : null;
}

/** Add-to-carts per view, e.g. "4.5%"; a dash before the first view. */
export function conversionRate(views: number, addsToCart: number): string {
  return views > 0 ? `${((addsToCart / views) * 100).toFixed(1)}%` : '—';
}

export interface ExperimentCounts {
  key: string;
  views: number;
  addsToCart: number;
}

export interface ExperimentVersionRow extends ExperimentCounts {
  label: string;
  rate: string;
  /** Converts better than the other version (both seen, not a tie). */
  leading: boolean;
}

export function experimentVersionRows(versions: readonly ExperimentCounts[]): ExperimentVersionRow[] {
  const sorted = [...versions].sort((x, y) => x.key.localeCompare(y.key));
  const ratio = (version: ExperimentCounts) => (version.views > 0 ? version.addsToCart / version.views : null);
  const ratios = sorted.map(ratio);
  const best = ratios.every((value) => value !== null) ? Math.max(...(ratios as number[])) : null;
  const leaders = ratios.filter((value) => value === best).length;
  return sorted.map((version, index) => ({
    key: version.key,
    label: version.key === 'a' ? 'Version a (the page)' : `Version ${version.key}`,
    views: version.views,
    addsToCart: version.addsToCart,
    rate: conversionRate(version.views, version.addsToCart),
    leading: best !== null && leaders === 1 && ratios[index] === best,
  }));
}

export interface MappedExperimentErrors {
  /** By block key of version b's editor, then field. */
  blocks: Record<string, Record<string, string>>;
  split: string | null;
  form: string[];
}

/** `["blocks", i, "data", field]` → version b's block; `["splitPercent"]` → the split; the rest → form. */
export function mapExperimentUserErrors(
  userErrors: readonly PageUserErrorShape[],
  blockKeys: readonly string[],
): MappedExperimentErrors {
  const splitErrors = userErrors.filter((error) => error.field?.[0] === 'splitPercent');
  // The page editor's mapping reads block paths under "input"; the test's blocks are an argument.
  const rest = userErrors
    .filter((error) => error.field?.[0] !== 'splitPercent')
    .map((error) => (error.field?.[0] === 'blocks' ? { ...error, field: ['input', ...error.field] } : error));
  const mapped = mapPageUserErrors(rest, blockKeys);
  return {
    blocks: mapped.blocks,
    split: splitErrors.map((error) => error.message).join(' ') || null,
    form: [...Object.values(mapped.page), ...mapped.form],
  };
}
