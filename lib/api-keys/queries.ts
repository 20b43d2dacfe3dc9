import "server-only";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { apiKeySummarySelect, toApiKeySummary, type ApiKeySummary } from "./summary";

/**
 * Every key, newest first, revoked ones included. Administrators manage keys; auditors see the same
 * list, read-only.
 */
export async function listApiKeys(
  viewer: Reader,
  _input: Record<string, never> = {},
  db: DbOrTx = defaultDb,
): Promise<ApiKeySummary[]> {
  authorize(viewer, STAFF);
  const rows = await db.apiKey.findMany({
    select: apiKeySummarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toApiKeySummary);
}
