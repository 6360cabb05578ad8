import { z } from 'zod';
import { describeConfigProblems, problemsOf, type ConfigProblem } from '../../../platform/config-problems.js';
import type { PaymentPolicy } from './router.js';

/** The instances PAYMENT_PROVIDERS may list, in failover order within a kind. */
export const PAYMENT_INSTANCES = ['test', 'stripe', 'stripe-secondary'] as const;
export type PaymentInstanceName = (typeof PAYMENT_INSTANCES)[number];

export interface StripeSettings {
  id: 'stripe' | 'stripe-secondary';
  secretKey: string;
  /** e.g. http://127.0.0.1:12111 for the local fake; Stripe's own API when absent. */
  apiBase: string | undefined;
  webhookSecret: string | undefined;
}

export interface PaymentConfig extends PaymentPolicy {
  test: boolean;
  stripe: StripeSettings[];
}

/** The settings env.ts parses (PAYMENT_* and STRIPE_*). */
export interface PaymentEnv {
  PAYMENT_PROVIDERS: string;
  PAYMENT_TIMEOUT_MS: number;
  PAYMENT_BREAKER_FAILURES: number;
  PAYMENT_BREAKER_HALF_OPEN_MS: number;
  STRIPE_SECRET_KEY?: string | undefined;
  STRIPE_API_BASE?: string | undefined;
  STRIPE_WEBHOOK_SECRET?: string | undefined;
  STRIPE_SECONDARY_SECRET_KEY?: string | undefined;
  STRIPE_SECONDARY_API_BASE?: string | undefined;
  STRIPE_SECONDARY_WEBHOOK_SECRET?: string | undefined;
}

const instanceList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(PAYMENT_INSTANCES, { message: `each must be one of ${PAYMENT_INSTANCES.join(', ')}` })))
  .refine((names) => new Set(names).size === names.length, 'lists an instance twice');

/** Which providers run and how, from the parsed environment; throws listing every problem. */
export function paymentConfigFromEnv(env: PaymentEnv): PaymentConfig {
  const { config, problems } = readPaymentConfig(env);
  if (problems.length > 0) throw new Error(describeConfigProblems(problems));
  return config;
}

/** The problems paymentConfigFromEnv would throw, for env.ts to list with every other one at start. */
export function paymentProblems(env: PaymentEnv): ConfigProblem[] {
  return readPaymentConfig(env).problems;
}

function readPaymentConfig(env: PaymentEnv): { config: PaymentConfig; problems: ConfigProblem[] } {
  const names = instanceList.safeParse(env.PAYMENT_PROVIDERS);
  const problems = names.success
    ? []
    : problemsOf(names.error.issues).map((p) => ({ ...p, name: 'PAYMENT_PROVIDERS' }));
  const listed = new Set(names.success ? names.data : []);
  const stripe: StripeSettings[] = [];
  const addStripe = (id: StripeSettings['id'], prefix: 'STRIPE' | 'STRIPE_SECONDARY') => {
    if (!listed.has(id)) return;
    const secretKey = env[`${prefix}_SECRET_KEY`];
    if (!secretKey)
      problems.push({ name: `${prefix}_SECRET_KEY`, message: `is required when PAYMENT_PROVIDERS lists ${id}` });
    else
      stripe.push({
        id,
        secretKey,
        apiBase: env[`${prefix}_API_BASE`],
        webhookSecret: env[`${prefix}_WEBHOOK_SECRET`],
      });
  };
  addStripe('stripe', 'STRIPE');
  addStripe('stripe-secondary', 'STRIPE_SECONDARY');
  if (listed.has('stripe-secondary') && !listed.has('stripe'))
    problems.push({ name: 'PAYMENT_PROVIDERS', message: 'stripe-secondary is a failover for stripe: list stripe too' });
  const config = {
    test: listed.has('test'),
    stripe,
    timeoutMs: env.PAYMENT_TIMEOUT_MS,
    breakerFailures: env.PAYMENT_BREAKER_FAILURES,
    breakerHalfOpenMs: env.PAYMENT_BREAKER_HALF_OPEN_MS,
  };
  return { config, problems };
}
