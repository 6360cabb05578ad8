import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import { canReadCustomer } from './access.js';
import { findCustomersByIds } from './repository.js';

const CUSTOMER_ID = /^gid:\/\/shop\/Customer\/([1-9][0-9]{0,15})$/;

/**
 * For `node`/`nodes` (served by the catalog): which of these Customer global ids the caller may
 * see, in order, in one statement. Someone else's id and a missing one are both false.
 */
export async function visibleCustomerNodes(
  db: Db,
  identity: Identity | null,
  globalIds: readonly string[],
): Promise<boolean[]> {
  const ids = globalIds.map((globalId) => {
    const match = CUSTOMER_ID.exec(globalId);
    const id = match ? Number(match[1]) : NaN;
    return Number.isSafeInteger(id) && canReadCustomer(identity, id) ? id : null;
  });
  const wanted = ids.filter((id): id is number => id !== null);
  const found = new Set(wanted.length ? (await findCustomersByIds(db, wanted)).map((row) => row.id) : []);
  return ids.map((id) => id !== null && found.has(id));
}
