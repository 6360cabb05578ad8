/** What checkout asks the router to charge. `provider` is the kind the shopper chose ('test', 'stripe'). */
export interface ChargeRequest {
  attemptId: string;
  /** Exact decimal string, e.g. "104.90". */
  amount: string;
  currencyCode: string;
  provider: string;
  /** The provider's client-side token or payment method id; never logged. */
  token: string;
  description: string;
}

export type ChargeOutcome =
  | { status: 'succeeded'; providerId: string; reference: string }
  | { status: 'declined'; providerId: string; message: string }
  /** No instance could take it (breaker open, timeouts, 5xx); any uncertain charge has been queued for void. */
  | { status: 'unavailable' };

export type LookupStatus = 'succeeded' | 'failed' | 'unknown';

/** What one provider instance is asked to charge: the amount already in minor units. */
export interface ProviderChargeRequest {
  attemptId: string;
  amount: string;
  amountMinor: number;
  currencyCode: string;
  token: string;
  description: string;
}

/** A definite answer. Anything else (5xx, network, timeout) is thrown and counts against the instance. */
export type ProviderChargeResult = { status: 'succeeded'; reference: string } | { status: 'declined'; message: string };

/**
 * One configured payment provider instance ("stripe", "stripe-secondary", "test"). Every call
 * takes an AbortSignal: the router aborts it at its timeout, and an adapter must stop waiting then.
 */
export interface PaymentProvider {
  /** Unique per instance; stored on the attempt so lookup and void reach the same instance. */
  readonly id: string;
  /** What the shopper's token belongs to: instances of one kind fail over to each other. */
  readonly kind: string;
  charge(request: ProviderChargeRequest, signal: AbortSignal): Promise<ProviderChargeResult>;
  /** Whether a charge for this attempt exists at the provider; must never create one. */
  lookup(attemptId: string, signal: AbortSignal): Promise<LookupStatus>;
  /** Cancels or refunds the attempt's charge; a missing charge is not an error. Idempotent. */
  void(attemptId: string, reference: string | undefined, signal: AbortSignal): Promise<void>;
}
