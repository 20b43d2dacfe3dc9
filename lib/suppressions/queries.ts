import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import type { SuppressionListParams } from "./schemas";

export const SUPPRESSIONS_PAGE_SIZE = 50;

const suppressionSelect = { email: true, reason: true, note: true, createdAt: true } as const;
export type SuppressionRow = Prisma.SuppressionGetPayload<{ select: typeof suppressionSelect }>;

/** One page of suppressed addresses, newest first, filtered as the list's URL says (ADMIN, AUDITOR). */
export async function listSuppressions(
  viewer: Reader,
  params: SuppressionListParams,
  db: DbOrTx = defaultDb,
) {
  authorize(viewer, STAFF);
  const where: Prisma.SuppressionWhereInput = {
    ...(params.q ? { email: { contains: params.q.toLowerCase() } } : {}),
    ...(params.reason !== "all" ? { reason: params.reason } : {}),
  };
  const [total, rows] = await Promise.all([
    db.suppression.count({ where }),
    db.suppression.findMany({
      where,
      select: suppressionSelect,
      orderBy: [{ createdAt: "desc" }, { email: "asc" }],
      skip: (params.page - 1) * SUPPRESSIONS_PAGE_SIZE,
      take: SUPPRESSIONS_PAGE_SIZE,
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / SUPPRESSIONS_PAGE_SIZE)), suppressions: rows };
}
