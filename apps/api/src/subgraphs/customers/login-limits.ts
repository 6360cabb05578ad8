import { createHash } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { limitAddress } from '../../platform/limit-address.js';
import type { SubjectKind } from './tables.js';

// Sign-in attempts are limited twice over, in Redis so every instance counts together:
// per account (guessing one person's password) and per client address (trying many accounts).
// Every attempt counts, successful or not: a person signs in a handful of times a day.

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  /** Sign-ups per address: each costs an Argon2 hash and says whether an email is registered. */
  signUpsPerIp: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perIp: 20, signUpsPerIp: 10, windowSeconds: 15 * 60 };

export interface LoginLimiter {
  /** Counts one attempt; false when this account or this address has used up its window. */
  allow(kind: SubjectKind, email: string, clientIp: string | null): Promise<boolean>;
  /** Counts one sign-up; false when this address has used up its window. */
  allowSignUp(clientIp: string | null): Promise<boolean>;
}

// Keys name emails and addresses only by digest: Redis holds no personal data in clear.
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

export function createLoginLimiter(redis: Redis, limits: LoginLimits = DEFAULT_LOGIN_LIMITS): LoginLimiter {
  const window = `${limits.windowSeconds} s` as const;
  // timeout 0: the library's default lets requests through when Redis is slow; sign-in fails
  // closed instead (an error), so a slow Redis never switches password guessing limits off.
  const limiter = (max: number, prefix: string) =>
    new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(max, window), prefix, analytics: false, timeout: 0 });
  const perAccount = limiter(limits.perAccount, 'ratelimit:login:account');
  const perIp = limiter(limits.perIp, 'ratelimit:login:ip');
  const signUpsPerIp = limiter(limits.signUpsPerIp, 'ratelimit:signup:ip');
  return {
    async allow(kind, email, clientIp) {
      const [account, address] = await Promise.all([
        perAccount.limit(`${kind}:${digest(email)}`),
        // Without a known address (a misconfigured proxy) every such attempt shares one bucket.
        perIp.limit(digest(limitAddress(clientIp))),
      ]);
      return account.success && address.success;
    },
    async allowSignUp(clientIp) {
      return (await signUpsPerIp.limit(digest(limitAddress(clientIp)))).success;
    },
  };
}
