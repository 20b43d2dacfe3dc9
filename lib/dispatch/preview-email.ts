// The dispatch form's e-mail preview: the e-mail as its first recipient would get it (their name,
// language, time zone, reason and the type's saved texts in their language), not as the administrator
// looking at the form would.
import "server-only";
import { ADMIN_ONLY, authorize, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { resolveRecipients, type ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import type { DeliveryMode } from "@/lib/subscriptions/types";
import { reasonFor } from "@/lib/dispatch/worker/personal";
import { findOverride } from "@/lib/templates/overrides";
import { isTypeKey } from "@/lib/templates/payloads";
import { appLinks } from "@/lib/templates/preview";
import { renderNotification, type RenderedEmail } from "@/lib/templates/render";
import { pickPreviewRecipient } from "./preview-recipient";

export interface DispatchEmailPreview {
  /** Whose copy is shown; null when nobody would get the e-mail (and so there is no copy to show). */
  recipient: { name: string; email: string; locale: AppLocale; timeZone: string; mode: DeliveryMode } | null;
  email: RenderedEmail | null;
}

/**
 * The e-mail a dispatch of the type with this payload would send its first recipient (see
 * pickPreviewRecipient), rendered as the worker would render theirs; ADMIN. The payload is validated
 * against the type's schema (BAD_REQUEST with the issues by path).
 */
export async function previewDispatchEmail(
  viewer: Reader,
  input: { typeKey: string; payload: unknown; extraRecipients?: ExtraRecipient[] },
  db: DbOrTx = defaultDb,
): Promise<DispatchEmailPreview> {
  authorize(viewer, ADMIN_ONLY);
  const { typeKey } = input;
  if (!isTypeKey(typeKey))
    throw new AppError("NOT_FOUND", "unknownCatalogKey", { typeKey: ["unknownCatalogKey"] });
  const recipient = pickPreviewRecipient(
    await resolveRecipients(db, { typeKey, extraRecipients: input.extraRecipients }),
  );
  if (!recipient) return { recipient: null, email: null };
  const { locale, timeZone } = recipient;
  const links = appLinks();
  const email = await renderNotification({
    typeKey,
    payload: input.payload,
    locale,
    timeZone,
    override: await findOverride(db, typeKey, locale),
    recipient: { name: recipient.name, reason: reasonFor(typeKey, locale, recipient.reasons) },
    // A bare address holds no preferences, so its e-mail has no unsubscribe link (as when sent).
    links: {
      preferencesUrl: links.preferencesUrl,
      unsubscribeUrl: recipient.kind === "address" ? undefined : links.previewUnsubscribeUrl,
    },
  });
  return {
    recipient: { name: recipient.name, email: recipient.email, locale, timeZone, mode: recipient.mode },
    email,
  };
}
