import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { discountCodes, taxRates } from './tables.js';

// The demo set: tax rates of the countries the demo shop ships to, and a few discount codes that
// show each rule (percentage, fixed with a minimum, a usage limit within a window, an expired one).
const TAX_RATES = [
  { countryCode: 'US', rate: '0' },
  { countryCode: 'CA', rate: '5' },
  { countryCode: 'DE', rate: '19' },
  { countryCode: 'AT', rate: '20' },
  { countryCode: 'GB', rate: '20' },
  { countryCode: 'FR', rate: '20' },
  { countryCode: 'NL', rate: '21' },
  { countryCode: 'BE', rate: '21' },
  { countryCode: 'ES', rate: '21' },
  { countryCode: 'IT', rate: '22' },
  { countryCode: 'IE', rate: '23' },
  { countryCode: 'SE', rate: '25' },
  { countryCode: 'DK', rate: '25' },
  { countryCode: 'CH', rate: '8.1' },
];

const DAY_MS = 86_400_000;

/** Seeds the demo tax rates and discount codes; rows already there (by key) are left as they are. */
export async function seedCartDemo(db: DbExecutor, now = new Date()): Promise<void> {
  await db.insert(taxRates).values(TAX_RATES).onConflictDoNothing();
  await db
    .insert(discountCodes)
    .values([
      { code: 'WELCOME10', kind: 'percentage', value: '10' },
      { code: 'SAVE5', kind: 'fixed', value: '5.00', minSubtotal: '50.00' },
      {
        code: 'FLASH20',
        kind: 'percentage',
        value: '20',
        usageLimit: 100,
        startsAt: new Date(now.getTime() - DAY_MS),
        endsAt: new Date(now.getTime() + 30 * DAY_MS),
      },
      {
        code: 'EXPIRED15',
        kind: 'percentage',
        value: '15',
        startsAt: new Date(now.getTime() - 60 * DAY_MS),
        endsAt: new Date(now.getTime() - 30 * DAY_MS),
      },
    ])
    .onConflictDoNothing();
}
