import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { apiKeySummarySelect, toApiKeySummary, type ApiKeySummary } from "./summary";

// Administrators manage keys; auditors see the same list, read-only. (A local list rather than STAFF
// from lib/auth/viewer, which would pull next-auth into the integration tests.)
const READERS: readonly Role[] = ["ADMIN", "AUDITOR"];

/** Every key, newest first, revoked ones included. */
export async function listApiKeys(db: Database, viewer: { role: Role }): Promise<ApiKeySummary[]> {
  if (!READERS.includes(viewer.role)) throw new AppError("FORBIDDEN", "forbidden");
  const rows = await db.apiKey.findMany({
    select: apiKeySummarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toApiKeySummary);
}
