import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  handleAll,
  timeout,
  TimeoutStrategy,
  wrap,
  type IPolicy,
} from 'cockatiel';
import { log } from '../../../platform/log.js';
import { toMinorUnits } from './minor-units.js';
import type { ChargeOutcome, ChargeRequest, LookupStatus, PaymentProvider } from './provider.js';

export interface PaymentPolicy {
  /** Per call to one instance; past it the call is abandoned and counts as a failure. */
  timeoutMs: number;
  /** Consecutive failures (errors, 5xx, timeouts; never declines) that open an instance's breaker. */
  breakerFailures: number;
  /** How long an open breaker fails fast before one call may test the instance again. */
  breakerHalfOpenMs: number;
}

/** A charge that may exist at an instance (it failed or timed out) and must be voided later. */
export interface UncertainCharge {
  providerId: string;
  attemptId: string;
}

export interface PaymentRouterOptions extends PaymentPolicy {
  /** Instances in failover order; instances of one kind take each other's tokens. */
  providers: PaymentProvider[];
  /**
   * Called for every charge whose outcome is unknown, after the immediate void (which may race a
   * request still in flight at the provider). Wire it to a queued, retried void (payments.void-charge).
   */
  onUncertainCharge?: (charge: UncertainCharge) => Promise<void>;
}

export interface PaymentRouter {
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  lookup(providerId: string, attemptId: string): Promise<LookupStatus>;
  /** Throws when the instance cannot confirm the void (unknown instance, failure, timeout, breaker open). */
  void(providerId: string, attemptId: string, reference?: string): Promise<void>;
  /** Whether a provider kind the shopper may choose ('test', 'stripe') is configured. */
  has(provider: string): boolean;
  /**
   * For an attempt whose instance was never recorded (a crash mid-charge, perhaps mid-failover):
   * asks every instance of the kind. Succeeded names the instance that holds the charge; unknown
   * when any instance cannot say; failed when none has a charge.
   */
  locate(provider: string, attemptId: string): Promise<{ status: LookupStatus; providerId: string | null }>;
  /** Voids the attempt at every instance of the kind (a failed attempt whose instance is unknown); throws if any cannot confirm. */
  voidAll(provider: string, attemptId: string): Promise<void>;
}

interface Instance {
  provider: PaymentProvider;
  /** Charges: breaker and timeout. */
  charging: IPolicy;
  /** Lookups and voids: the timeout only, so that their successes never close a breaker that charges opened. */
  bounded: IPolicy;
}

/**
 * Charges through the first instance of the requested kind that can take it. Each instance has
 * its own timeout and consecutive-failure breaker; a charge is never retried on the instance that
 * failed or timed out (its outcome is unknown, so a retry could charge twice): that instance is
 * asked to void it, and the next instance gets the charge. A decline is an answer, not a failure:
 * it ends the charge without failover.
 */
export function createPaymentRouter(options: PaymentRouterOptions): PaymentRouter {
  const ids = new Set<string>();
  const instances: Instance[] = options.providers.map((provider) => {
    if (ids.has(provider.id)) throw new Error(`payment provider instance ${provider.id} is configured twice`);
    ids.add(provider.id);
    const breaker = circuitBreaker(handleAll, {
      halfOpenAfter: options.breakerHalfOpenMs,
      breaker: new ConsecutiveBreaker(options.breakerFailures),
    });
    // Aggressive: the call is abandoned at the deadline even if an adapter ignores the signal.
    const deadline = timeout(options.timeoutMs, TimeoutStrategy.Aggressive);
    return { provider, charging: wrap(breaker, deadline), bounded: deadline };
  });
  const byId = new Map(instances.map((instance) => [instance.provider.id, instance]));
  const run = <T>(policy: IPolicy, call: (signal: AbortSignal) => Promise<T>) =>
    policy.execute(({ signal }) => call(signal));

  // The immediate void runs beside the failover rather than before it: against a hanging instance
  // it would hang too, and the shopper's request (behind the gateway's own deadline) would pay
  // for it twice. The queued void, awaited here, is what guarantees the charge ends voided.
  async function settleUncertain(instance: Instance, attemptId: string): Promise<void> {
    const providerId = instance.provider.id;
    void run(instance.bounded, (signal) => instance.provider.void(attemptId, undefined, signal)).catch(
      (error: unknown) => {
        log.warn('could not void an uncertain charge at once; it is queued', {
          providerId,
          attemptId,
          ...reason(error),
        });
      },
    );
    try {
      await options.onUncertainCharge?.({ providerId, attemptId });
    } catch (error) {
      // The checkout's repair job is the last net: it asks the attempt's instance again.
      log.error('could not queue the void of an uncertain charge', { providerId, attemptId, ...reason(error) });
    }
  }

  async function lookup(providerId: string, attemptId: string): Promise<LookupStatus> {
    const instance = byId.get(providerId);
    if (!instance) return 'unknown';
    try {
      return await run(instance.bounded, (signal) => instance.provider.lookup(attemptId, signal));
    } catch (error) {
      log.warn('payment lookup failed', { providerId, attemptId, ...reason(error) });
      return 'unknown';
    }
  }

  return {
    has: (provider) => instances.some((instance) => instance.provider.kind === provider),

    async charge(request) {
      const amountMinor = toMinorUnits(request.amount, request.currencyCode);
      const candidates = instances.filter((instance) => instance.provider.kind === request.provider);
      for (const instance of candidates) {
        const providerId = instance.provider.id;
        try {
          const result = await run(instance.charging, (signal) =>
            instance.provider.charge(
              {
                attemptId: request.attemptId,
                amount: request.amount,
                amountMinor,
                currencyCode: request.currencyCode,
                token: request.token,
                description: request.description,
              },
              signal,
            ),
          );
          return result.status === 'succeeded'
            ? { status: 'succeeded', providerId, reference: result.reference }
            : { status: 'declined', providerId, message: result.message };
        } catch (error) {
          if (error instanceof BrokenCircuitError) {
            // Nothing was sent: fail over at once.
            log.warn('payment provider skipped: its breaker is open', { providerId, attemptId: request.attemptId });
            continue;
          }
          log.warn('payment provider failed; failing over', {
            providerId,
            attemptId: request.attemptId,
            ...reason(error, request.token),
          });
          await settleUncertain(instance, request.attemptId);
        }
      }
      return { status: 'unavailable' };
    },

    lookup,

    async locate(provider, attemptId) {
      let unknown = false;
      for (const instance of instances.filter((candidate) => candidate.provider.kind === provider)) {
        const status = await lookup(instance.provider.id, attemptId);
        if (status === 'succeeded') return { status, providerId: instance.provider.id };
        if (status === 'unknown') unknown = true;
      }
      return { status: unknown ? 'unknown' : 'failed', providerId: null };
    },

    async voidAll(provider, attemptId) {
      const results = await Promise.allSettled(
        instances
          .filter((instance) => instance.provider.kind === provider)
          .map((instance) => run(instance.bounded, (signal) => instance.provider.void(attemptId, undefined, signal))),
      );
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
    },

    async void(providerId, attemptId, reference) {
      const instance = byId.get(providerId);
      if (!instance) throw new Error(`no payment provider instance ${providerId} is configured`);
      await run(instance.bounded, (signal) => instance.provider.void(attemptId, reference, signal));
    },
  };
}

// Only the error's kind and message: never a request (it holds the token) or a provider's raw response.
// A provider's message may quote the request ("No such PaymentMethod: 'pm_…'"): the token is cut out.
function reason(error: unknown, token?: string): { error: string } {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { error: token ? text.split(token).join('[token]') : text };
}
