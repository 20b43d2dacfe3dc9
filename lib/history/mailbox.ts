// What the built-in Mailbox transport stored: a local mail catcher for ADMIN and AUDITOR.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertReader } from "./access";
import { decodeHistoryCursor, type HistoryCursor } from "./cursor";
import { firstValues } from "./filters";
import { keysetPage, tableSource, type KeysetPage } from "./keyset";

export const MAILBOX_PAGE_SIZE = 50;

export const mailboxSearchSchema = z.object({
  q: z
    .preprocess(
      (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined),
      z
        .string()
        .max(200)
        .regex(/^[^\u0000-\u001f\u007f]*$/)
        .optional(),
    )
    .catch(undefined),
});

export function parseMailboxSearchParams(params: Record<string, string | string[] | undefined>) {
  const single = firstValues(params);
  const cursor = single.cursor ? decodeHistoryCursor(single.cursor) : null;
  return {
    q: mailboxSearchSchema.parse(single).q,
    cursor,
    invalidCursor: Boolean(single.cursor) && !cursor,
  };
}

const rowSelect = {
  id: true,
  to: true,
  from: true,
  subject: true,
  createdAt: true,
} satisfies Prisma.MailboxMessageSelect;
export type MailboxRow = Prisma.MailboxMessageGetPayload<{ select: typeof rowSelect }>;

/** One page of stored messages, newest first, optionally matching a recipient or subject. */
export async function listMailbox(
  viewer: { role: Role },
  input: { q?: string; cursor?: HistoryCursor | null },
  db: Database = defaultDb,
): Promise<KeysetPage<MailboxRow>> {
  assertReader(viewer);
  const where: Prisma.MailboxMessageWhereInput = input.q
    ? {
        OR: [
          { to: { contains: input.q, mode: "insensitive" } },
          { subject: { contains: input.q, mode: "insensitive" } },
        ],
      }
    : {};
  return keysetPage(
    tableSource(
      where,
      (args) => db.mailboxMessage.findMany({ ...args, select: rowSelect }),
      (args) => db.mailboxMessage.findFirst(args),
    ),
    input.cursor ?? null,
    MAILBOX_PAGE_SIZE,
  );
}

export interface MailboxMessageView extends MailboxRow {
  html: string;
  text: string;
  headers: [string, string][];
}

/** One stored message with its HTML, text and every header; null if none. */
export async function getMailboxMessage(
  viewer: { role: Role },
  id: string,
  db: Database = defaultDb,
): Promise<MailboxMessageView | null> {
  assertReader(viewer);
  const row = await db.mailboxMessage.findUnique({
    where: { id },
    select: { ...rowSelect, html: true, text: true, headers: true },
  });
  if (!row) return null;
  const headers =
    row.headers && typeof row.headers === "object" && !Array.isArray(row.headers)
      ? Object.entries(row.headers).map(([name, value]): [string, string] => [name, String(value)])
      : [];
  return { ...row, headers };
}
