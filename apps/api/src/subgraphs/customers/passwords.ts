import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): about 30 ms a hash here,
// in libuv's thread pool, so the event loop keeps serving while a password is checked.
export const PASSWORD_OPTIONS: Options = {
  algorithm: 2 as Algorithm, // Argon2id (a const enum, which isolated modules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A hash of a random password nobody knows, made with PASSWORD_OPTIONS: signing in with an unknown
 * email verifies against it, so it costs the same time as a wrong password for a real account.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$PiuslVUPaOt2I+oLezjQ3A$3O2mq8tS4mkHbvRua0canB2PzeUtRG8B98r6Xribwiw';

export type PasswordProblem = { code: 'TOO_SHORT' | 'INVALID'; message: string };

/** The policy for new passwords: 12 to 128 characters (code points, so emoji count once). */
export function checkPasswordPolicy(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return { code: 'TOO_SHORT', message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters.` };
  if (length > PASSWORD_MAX_LENGTH)
    return { code: 'INVALID', message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters.` };
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_OPTIONS);
}

/**
 * True when `password` matches `passwordHash`. Pass null for an unknown account: the dummy hash
 * is verified instead and the answer is false, after the same work.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Beyond the policy's limit nothing can match; verify a bounded input so huge ones cost no more.
  const candidate = password.length > PASSWORD_MAX_LENGTH * 4 ? password.slice(0, PASSWORD_MAX_LENGTH * 4) : password;
  try {
    const matches = await verify(passwordHash ?? DUMMY_PASSWORD_HASH, candidate);
    return matches && passwordHash !== null && candidate === password;
  } catch {
    // A malformed stored hash must not let anyone in, nor reveal itself as a different error.
    return false;
  }
}
