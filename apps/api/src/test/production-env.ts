import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(32).toString('base64url');

/**
 * What a real deployment sets: its database, its own secrets, a shared Redis, its public origins, and what the
 * worker needs (mail, the storefront's revalidation endpoint). Tests of production settings start
 * from this, so a new required setting is added here once.
 */
export function productionEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://commerce@db.internal:5432/commerce',
    GATEWAY_SECRET: secret(),
    FIRST_PARTY_SECRET: secret(),
    REDIS_URL: 'redis://redis.internal:6379',
    CORS_ORIGINS: 'https://shop.example.com',
    STOREFRONT_URL: 'https://shop.example.com',
    SMTP_URL: 'smtps://mailer:secret@smtp.example.net:465',
    STOREFRONT_REVALIDATE_URL: 'https://shop.example.com/api/revalidate',
    REVALIDATE_SECRET: secret(),
    ...overrides,
  };
}
