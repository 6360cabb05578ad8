import type { CheckoutUserError } from './rules.js';

/**
 * Thrown inside a transaction to roll it back and answer with user errors: a refused checkout
 * step leaves nothing behind (no hold, no consumed discount use, no attempt).
 */
export class Refusal extends Error {
  constructor(readonly errors: CheckoutUserError[]) {
    super(errors.map((error) => error.message).join(' '));
    this.name = 'Refusal';
  }
}

/** Runs `work`; a Refusal becomes its user errors. */
export async function refusalsAsErrors<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; errors: CheckoutUserError[] }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, errors: error.errors };
    throw error;
  }
}
