import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { toAppLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/uuid";
import type { ContactListParams } from "./schemas";

export const CONTACTS_PAGE_SIZE = 50;

const contactSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  timeZone: true,
  digestHour: true,
  quietStart: true,
  quietEnd: true,
  disabledAt: true,
  createdAt: true,
  _count: { select: { subscriptions: true } },
} as const;

export type ContactRow = ReturnType<typeof toContact>;

function toContact(row: Prisma.ContactGetPayload<{ select: typeof contactSelect }>) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: toAppLocale(row.locale),
    timeZone: row.timeZone,
    digestHour: row.digestHour,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt,
    subscriptionCount: row._count.subscriptions,
  };
}

// Reads of the contacts feature: (viewer, input, db = defaultDb), staff only (CODE_STYLE.md "Reads").

/** One page of contacts, filtered as the list's URL says. */
export async function listContacts(viewer: Reader, params: ContactListParams, db: DbOrTx = defaultDb) {
  authorize(viewer, STAFF);
  const where: Prisma.ContactWhereInput = {
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { email: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(params.status === "active"
      ? { disabledAt: null }
      : params.status === "disabled"
        ? { disabledAt: { not: null } }
        : {}),
  };
  const [total, rows] = await Promise.all([
    db.contact.count({ where }),
    db.contact.findMany({
      where,
      select: contactSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * CONTACTS_PAGE_SIZE,
      take: CONTACTS_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE)),
    contacts: rows.map(toContact),
  };
}

/** One contact, or null. */
export async function getContact(viewer: Reader, { id }: { id: string }, db: DbOrTx = defaultDb) {
  authorize(viewer, STAFF);
  if (!isUuid(id)) return null;
  const row = await db.contact.findUnique({ where: { id }, select: contactSelect });
  return row ? toContact(row) : null;
}
