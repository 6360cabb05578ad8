import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root: the API child runs there, and results are written below it. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SECONDS = positiveNumber('BENCH_SECONDS', 10);
export const WARMUP_SECONDS = 2;
export const CONNECTIONS = 20;
/** Hard stop for the whole run: two start-ups, 4 × (warm-up + window), checks and slack. */
export const DEADLINE_MS = (100 + 4 * (WARMUP_SECONDS + SECONDS)) * 1000;
/** Production needs a shared Redis: a database of the machine's own (BENCH_REDIS_URL to change it). */
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/10';
/** ANALYZE the database once the API has seeded it (BENCH_ANALYZE=off to skip); see analyzeDatabase. */
export const ANALYZE = process.env.BENCH_ANALYZE !== 'off';

/** A positive number from the environment variable `name`, else `fallback`; anything else stops the run. */
export function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

/** The same for a whole number (a count of runs, shoppers, units of stock). */
export function positiveInteger(name: string, fallback: number): number {
  const value = positiveNumber(name, fallback);
  if (!Number.isInteger(value))
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(process.env[name])}`);
  return value;
}
