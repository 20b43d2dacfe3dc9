import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { findType } from "@/lib/catalog/definitions";
import { AppError } from "@/lib/errors";
import { toAppLocale, type AppLocale } from "@/lib/i18n/locales";
import { maskEmail } from "./mask-email";
import { writePreference } from "./preferences";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";
import type { RecipientRef } from "./types";
import { verifyUnsubscribeToken, type UnsubscribeTokenFailure } from "./unsubscribe-token";

export type UnsubscribeLinkState =
  | { status: "invalid"; reason: UnsubscribeTokenFailure | "unknown-recipient" | "unknown-type" }
  | {
      status: "ready" | "already-unsubscribed" | "mandatory";
      typeKey: string;
      recipient: RecipientRef;
      maskedEmail: string;
      /** The recipient's language, for a page opened without a session. */
      locale: AppLocale;
    };

/** What an unsubscribe link points at, for its confirmation page. Changes nothing. */
export async function inspectUnsubscribeLink(
  db: DbOrTx,
  token: string,
  now = new Date(),
): Promise<UnsubscribeLinkState> {
  const verified = verifyUnsubscribeToken(token, now);
  if (!verified.ok) return { status: "invalid", reason: verified.reason };
  const { recipient, typeKey } = verified.claims;
  const type = findType(typeKey);
  if (!type) return { status: "invalid", reason: "unknown-type" };
  const person = await findRecipient(db, recipient);
  if (!person) return { status: "invalid", reason: "unknown-recipient" };
  const preference = await db.preference.findFirst({
    where: {
      typeKey,
      ...(recipient.kind === "user" ? { userId: recipient.id } : { contactId: recipient.id }),
    },
    select: { muted: true },
  });
  const status = type.mandatory ? "mandatory" : preference?.muted ? "already-unsubscribed" : "ready";
  return {
    status,
    typeKey,
    recipient,
    maskedEmail: maskEmail(person.email),
    locale: toAppLocale(person.locale),
  };
}

export interface UnsubscribeContext {
  ip: string | null;
  requestId: string;
  now?: Date;
}

/**
 * Mutes the link's type for its recipient (`preference.update`, actor "unsubscribe link"), and a
 * digest link's further types (those still in the catalog and not mandatory). The token is the only
 * credential: a tampered, expired or foreign token is a 400 and changes nothing; a mandatory type is
 * a 409. Following a link twice is harmless.
 */
export async function unsubscribeWithToken(db: DbOrTx, token: string, context: UnsubscribeContext) {
  const verified = verifyUnsubscribeToken(token, context.now);
  if (!verified.ok) throw new AppError("BAD_REQUEST", "invalidUnsubscribeLink", { token: [verified.reason] });
  const { recipient, typeKey } = verified.claims;
  const type = findType(typeKey);
  if (!type) throw new AppError("NOT_FOUND", "unknownCatalogKey", { keys: [typeKey] });
  if (type.mandatory) throw new AppError("CONFLICT", "mandatoryTypeLocked", { typeKey: [typeKey] });
  const actor: AuditActor = {
    id: null,
    label: "unsubscribe link",
    ip: context.ip,
    requestId: context.requestId,
  };
  return inTransaction(db, async (tx) => {
    if (!(await findRecipient(tx, recipient))) throw new AppError("NOT_FOUND", "notFound");
    await writePreference(tx, actor, recipient, typeKey, { muted: true });
    for (const more of verified.claims.moreTypeKeys ?? []) {
      const other = findType(more);
      if (other && !other.mandatory) await writePreference(tx, actor, recipient, more, { muted: true });
    }
    return { typeKey, recipient };
  });
}

async function findRecipient(db: DbOrTx, recipient: RecipientRef) {
  const select = { email: true, locale: true } as const;
  return recipient.kind === "user"
    ? db.user.findUnique({ where: { id: recipient.id }, select })
    : db.contact.findUnique({ where: { id: recipient.id }, select });
}
