import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SuppressionReason } from "@/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db/transaction";
import { requireType } from "./subjects";

/**
 * Why a subscriber gets nothing: the resolver drops a disabled account and (unless the type is
 * mandatory) a mute, and holds a suppressed address (its deliveries are written SUPPRESSED).
 */
export type LeftOutCause =
  { kind: "disabled" } | { kind: "muted" } | { kind: "suppressed"; reason: SuppressionReason; since: Date };

export interface LeftOutRecipient {
  kind: "user" | "contact";
  id: string;
  name: string;
  email: string;
  cause: LeftOutCause;
}

interface Row {
  kind: "user" | "contact";
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  muted: boolean;
  suppressionReason: SuppressionReason | null;
  suppressedAt: Date | null;
}

/**
 * The users and contacts a type's subscriptions reach (directly, through its category or a group)
 * whom the resolver leaves out, with the first cause that applies: disabled, muted, suppressed. The
 * complement of resolveRecipients over the same paths (left-out.int.test.ts checks both agree), so a
 * preview can say why a group's member is missing. One query; event-named recipients are not known
 * before an event.
 */
export async function leftOutRecipients(db: DbOrTx, typeKey: string): Promise<LeftOutRecipient[]> {
  const type = requireType(typeKey);
  const rows = await db.$queryRaw<Row[]>(leftOutQuery(type.key, type.categoryKey, type.mandatory));
  return rows
    .map(({ kind, id, name, email, ...row }) => ({ kind, id, name, email, cause: causeOf(row) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

function causeOf(row: Omit<Row, "kind" | "id" | "name" | "email">): LeftOutCause {
  if (row.disabled) return { kind: "disabled" };
  if (row.muted) return { kind: "muted" };
  return { kind: "suppressed", reason: row.suppressionReason!, since: row.suppressedAt! };
}

function leftOutQuery(typeKey: string, categoryKey: string, mandatory: boolean) {
  return Prisma.sql`
    WITH matching AS (
      SELECT s."userId", s."groupId", s."contactId"
      FROM "Subscription" s
      WHERE s."typeKey" = ${typeKey} OR s."categoryKey" = ${categoryKey}
    ),
    reached_users AS (
      SELECT m."userId" AS id FROM matching m WHERE m."userId" IS NOT NULL
      UNION
      SELECT gm."userId" FROM matching m JOIN "GroupMember" gm ON gm."groupId" = m."groupId"
    ),
    reached_contacts AS (
      SELECT DISTINCT m."contactId" AS id FROM matching m WHERE m."contactId" IS NOT NULL
    ),
    people AS (
      SELECT 'user' AS kind, u.id, u.name, u.email, u."disabledAt" IS NOT NULL AS disabled,
             (NOT ${mandatory}::boolean AND pr.muted IS TRUE) AS muted
      FROM reached_users r
      JOIN "User" u ON u.id = r.id
      LEFT JOIN "Preference" pr ON pr."userId" = u.id AND pr."typeKey" = ${typeKey}
      UNION ALL
      SELECT 'contact', c.id, c.name, c.email, c."disabledAt" IS NOT NULL,
             (NOT ${mandatory}::boolean AND pr.muted IS TRUE)
      FROM reached_contacts r
      JOIN "Contact" c ON c.id = r.id
      LEFT JOIN "Preference" pr ON pr."contactId" = c.id AND pr."typeKey" = ${typeKey}
    )
    SELECT p.kind, p.id, p.name, p.email, p.disabled, p.muted,
           x.reason::text AS "suppressionReason", x."createdAt" AS "suppressedAt"
    FROM people p
    LEFT JOIN "Suppression" x ON x.email = p.email
    WHERE p.disabled OR p.muted OR x.email IS NOT NULL`;
}
