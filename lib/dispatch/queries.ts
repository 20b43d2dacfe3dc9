import "server-only";
import { findType } from "@/lib/catalog/definitions";
import type { Database, Transaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resolveRecipients, type ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";

/** The dispatch form lists this many recipients; the count covers them all. */
export const PREVIEW_LIMIT = 200;

export interface DispatchPreview {
  typeKey: string;
  mandatory: boolean;
  /** Critical and mandatory types ignore quiet hours. */
  ignoresQuietHours: boolean;
  count: number;
  /** The first PREVIEW_LIMIT recipients (by name), each with the reasons they get it. */
  recipients: ResolvedRecipient[];
}

/** Who a dispatch of the type would reach now, and why (the [2/8] resolver). */
export async function previewRecipients(
  db: Database | Transaction,
  input: { typeKey: string; extraRecipients?: ExtraRecipient[] },
): Promise<DispatchPreview> {
  const type = findType(input.typeKey);
  if (!type) throw new AppError("NOT_FOUND", "unknownCatalogKey", { type: [input.typeKey] });
  const recipients = await resolveRecipients(db, input);
  return {
    typeKey: type.key,
    mandatory: type.mandatory,
    ignoresQuietHours: type.mandatory || type.severity === "critical",
    count: recipients.length,
    recipients: recipients.slice(0, PREVIEW_LIMIT),
  };
}
