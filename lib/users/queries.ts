import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { isUuid } from "@/lib/validation/uuid";
import type { UserListParams } from "./schemas";

// Reads of the users feature: (viewer, input, db = defaultDb), staff only (CODE_STYLE.md "Reads").

export const USERS_PAGE_SIZE = 25;
const RECENT_AUDIT_ENTRIES = 10;

const listSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  createdAt: true,
  _count: { select: { memberships: true } },
} satisfies Prisma.UserSelect;

export type UserListRow = Prisma.UserGetPayload<{ select: typeof listSelect }>;

export function userListWhere(params: Pick<UserListParams, "q" | "role" | "status">): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (params.q) {
    where.OR = [
      { name: { contains: params.q, mode: "insensitive" } },
      { email: { contains: params.q.toLowerCase() } },
    ];
  }
  if (params.role) where.role = params.role;
  if (params.status === "active") where.disabledAt = null;
  if (params.status === "disabled") where.disabledAt = { not: null };
  return where;
}

/** One page of users, filtered and sorted as the list's URL says. */
export async function listUsers(viewer: Reader, params: UserListParams, db: DbOrTx = defaultDb) {
  authorize(viewer, STAFF);
  const where = userListWhere(params);
  const orderBy: Prisma.UserOrderByWithRelationInput[] =
    params.sort === "created"
      ? [{ createdAt: params.dir }, { id: params.dir }]
      : [{ name: params.dir }, { id: "asc" }];
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy,
      select: listSelect,
      skip: (params.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** Everything the user detail page shows about one user, or null. */
export async function getUserDetail(viewer: Reader, { id }: { id: string }, db: DbOrTx = defaultDb) {
  authorize(viewer, STAFF);
  if (!isUuid(id)) return null;
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      locale: true,
      timeZone: true,
      digestHour: true,
      quietStart: true,
      quietEnd: true,
      disabledAt: true,
      createdAt: true,
      updatedAt: true,
      memberships: {
        select: { createdAt: true, group: { select: { id: true, name: true, description: true } } },
        orderBy: { group: { name: "asc" } },
      },
    },
  });
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

/** The latest audit entries about this user (as the target), newest first. */
export async function getUserAuditEntries(
  viewer: Reader,
  { userId, take = RECENT_AUDIT_ENTRIES }: { userId: string; take?: number },
  db: DbOrTx = defaultDb,
) {
  authorize(viewer, STAFF);
  if (!isUuid(userId)) return [];
  const entries = await db.auditLog.findMany({
    where: { targetType: "user", targetId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, action: true, actorLabel: true, before: true, after: true, createdAt: true },
  });
  // BigInt ids cannot cross into client components or JSON.
  return entries.map((entry) => ({ ...entry, id: entry.id.toString() }));
}

export type UserAuditEntry = Awaited<ReturnType<typeof getUserAuditEntries>>[number];
