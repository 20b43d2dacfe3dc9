import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SuppressionReason } from "@/generated/prisma/enums";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import type { RecipientRef } from "@/lib/subscriptions/types";
import { isUuid } from "@/lib/validation/uuid";
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

export interface RecipientSuppression {
  email: string;
  reason: SuppressionReason;
  createdAt: Date;
}

/**
 * Whether a user's or contact's address is on the suppression list, and since when and why: Herald
 * then sends them nothing, mandatory types included (enqueue writes SUPPRESSED). One query, joined on
 * the address as the resolver joins it. Anyone may read their own; staff anyone's.
 */
export async function getRecipientSuppression(
  viewer: Reader,
  recipient: RecipientRef,
  db: DbOrTx = defaultDb,
): Promise<RecipientSuppression | null> {
  const own = "role" in viewer && recipient.kind === "user" && viewer.id === recipient.id;
  if (!own) authorize(viewer, STAFF);
  // A route's malformed id names nobody (the page 404s on its own query), not a database error.
  if (!isUuid(recipient.id)) return null;
  const rows =
    recipient.kind === "user"
      ? await db.$queryRaw<RecipientSuppression[]>`
          SELECT s.email, s.reason, s."createdAt" FROM "Suppression" s
          JOIN "User" u ON u.email = s.email WHERE u.id = ${recipient.id}::uuid`
      : await db.$queryRaw<RecipientSuppression[]>`
          SELECT s.email, s.reason, s."createdAt" FROM "Suppression" s
          JOIN "Contact" c ON c.email = s.email WHERE c.id = ${recipient.id}::uuid`;
  return rows[0] ?? null;
}
