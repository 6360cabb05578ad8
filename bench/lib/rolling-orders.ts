// Orders placed (a shopper got an order back) against orders confirmed (rows in the database),
// read directly from the database once every instance has stopped.
import postgres from 'postgres';

export interface OrderCheck {
  inDatabase: number;
  /** Placed but not in the database. */
  lost: number;
  /** In the database but never reported to a shopper (an order the shopper was told failed). */
  unreported: number;
  /** Orders sharing a checkout (the unique index should make this impossible). */
  duplicated: number;
}

/** The load's orders only (its shoppers' addresses end in `emailDomain`; the probes' do not). */
export async function checkOrders(
  databaseUrl: string,
  placedGlobalIds: string[],
  since: Date,
  emailDomain: string,
): Promise<OrderCheck> {
  const pattern = `%@${emailDomain}`;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<
      Array<{ id: string }>
    >`select id from checkout.orders where created_at >= ${since} and email like ${pattern}`;
    const [dup] = await sql<Array<{ n: number }>>`
      select count(*)::int as n from (
        select checkout_id from checkout.orders where created_at >= ${since} group by checkout_id having count(*) > 1
      ) d`;
    const inDatabase = new Set(rows.map((row) => row.id));
    const placed = new Set(placedGlobalIds.map((gid) => gid.slice(gid.lastIndexOf('/') + 1)));
    return {
      inDatabase: inDatabase.size,
      lost: [...placed].filter((id) => !inDatabase.has(id)).length,
      unreported: [...inDatabase].filter((id) => !placed.has(id)).length,
      duplicated: dup?.n ?? 0,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
