// "Only once, whichever instance gets there first": a unique NotificationDispatch key inserted in
// the transaction of the work it guards. A second instance's insert waits for the first one's
// transaction and then finds the key taken (or takes it, if the first rolled back).
import type { Prisma } from "@prisma/client";

export async function claimOnce(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ key: string }>>`
    INSERT INTO "NotificationDispatch" (key) VALUES (${key})
    ON CONFLICT (key) DO NOTHING RETURNING key`;
  return rows.length > 0;
}
