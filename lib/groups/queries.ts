import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { isUuid } from "@/lib/validation/uuid";
import type { GroupListParams } from "./schemas";

// Reads of the groups feature: (viewer, input, db = defaultDb), staff only (CODE_STYLE.md "Reads").

export const GROUPS_PAGE_SIZE = 25;
export const MEMBERS_PAGE_SIZE = 25;
const CANDIDATES_SHOWN = 8;

function groupWhere(q: string): Prisma.GroupWhereInput {
  if (!q) return {};
  return {
    OR: [
      { name: { contains: q, mode: "insensitive" } },
      { description: { contains: q, mode: "insensitive" } },
    ],
  };
}

/** One page of groups with their member counts, by name. */
export async function listGroups(viewer: Reader, params: GroupListParams, db: DbOrTx = defaultDb) {
  authorize(viewer, STAFF);
  const where = groupWhere(params.q);
  const [total, rows] = await Promise.all([
    db.group.count({ where }),
    db.group.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        description: true,
        updatedAt: true,
        _count: { select: { members: true, subscriptions: true } },
      },
      skip: (params.page - 1) * GROUPS_PAGE_SIZE,
      take: GROUPS_PAGE_SIZE,
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / GROUPS_PAGE_SIZE)) };
}

export type GroupListRow = Awaited<ReturnType<typeof listGroups>>["rows"][number];

/** One group with its counts, or null. */
export async function getGroup(viewer: Reader, { id }: { id: string }, db: DbOrTx = defaultDb) {
  authorize(viewer, STAFF);
  if (!isUuid(id)) return null;
  return db.group.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { members: true, subscriptions: true } },
    },
  });
}

export type GroupDetail = NonNullable<Awaited<ReturnType<typeof getGroup>>>;

/** One page of a group's members, by name. */
export async function listGroupMembers(
  viewer: Reader,
  { groupId, page }: { groupId: string; page: number },
  db: DbOrTx = defaultDb,
) {
  authorize(viewer, STAFF);
  if (!isUuid(groupId)) return { rows: [], total: 0, pageCount: 1 };
  const where = { groupId };
  const [total, rows] = await Promise.all([
    db.groupMember.count({ where }),
    db.groupMember.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: {
        createdAt: true,
        user: { select: { id: true, name: true, email: true, role: true, disabledAt: true } },
      },
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}

export type GroupMemberRow = Awaited<ReturnType<typeof listGroupMembers>>["rows"][number];

/** Active users matching a name or e-mail search, for the add-members picker, flagged if already members. */
export async function searchMemberCandidates(
  viewer: Reader,
  { groupId, q }: { groupId: string; q: string },
  db: DbOrTx = defaultDb,
) {
  authorize(viewer, STAFF);
  const users = await db.user.findMany({
    where: {
      disabledAt: null,
      ...(q
        ? {
            OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }],
          }
        : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CANDIDATES_SHOWN,
    select: {
      id: true,
      name: true,
      email: true,
      memberships: { where: { groupId }, select: { groupId: true } },
    },
  });
  return users.map(({ memberships, ...user }) => ({ ...user, isMember: memberships.length > 0 }));
}

export type MemberCandidate = Awaited<ReturnType<typeof searchMemberCandidates>>[number];
