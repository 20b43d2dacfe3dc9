// The personal parts of one e-mail (name, reason, unsubscribe link) and its headers, with the links
// signed and addressed as the caller says: no lib/env here, so the seed makes its demo e-mails with
// these very functions. The worker's ./personal binds this instance's AUTH_SECRET and APP_URL.
// No "server-only": the standalone worker process imports this outside Next.
import { findCategory, findType } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import type { AppLocale } from "@/lib/i18n/locales";
import {
  MAX_UNSUBSCRIBE_TOKEN_LENGTH,
  signUnsubscribeToken,
  unsubscribeLinks,
  type UnsubscribeSigning,
} from "@/lib/subscriptions/unsubscribe-signing";
import type { Reason } from "@/lib/subscriptions/types";
import { reasonText } from "@/lib/templates/copy";

// The marks of lib/templates/test-send.ts, which cannot be imported here (it is server-only and
// reaches the database layer); personal.test.ts checks that both agree.
export const TEST_SUBJECT_PREFIX = "[TEST] ";
export const TEST_HEADER = "X-Herald-Test";

/**
 * Stored on the delivery before it is sent, so the e-mail as sent can be shown again (the shared
 * render plus these), and a re-send after a crash is byte-for-byte the same e-mail.
 */
export interface DeliveryPersonal {
  name: string;
  reason: string;
  /** The footer link (non-mandatory types, recipients who can hold preferences). */
  unsubscribeUrl?: string;
  /** The RFC 8058 one-click target for `List-Unsubscribe`. */
  oneClickUrl?: string;
  /** A test send ("Send test to me"): [TEST] subject and X-Herald-Test header. */
  test?: boolean;
  /**
   * The From the e-mail was first prepared with (that worker's MAIL_FROM). A re-send (a reclaimed
   * provider batch or digest, an administrator's retry) uses it rather than the re-sending instance's
   * own MAIL_FROM, so the repeated request under the same idempotency key is the same request.
   * Absent on rows prepared before it was recorded: those use the current MAIL_FROM.
   */
  from?: string;
}

export interface PersonalInput {
  typeKey: string;
  locale: AppLocale;
  recipientKind: "USER" | "CONTACT" | "ADDRESS";
  userId: string | null;
  contactId: string | null;
  name: string;
  reasons: unknown;
  test: boolean;
  now?: Date;
}

const categoryNames = new Map<string, string>();

function categoryName(key: string, locale: AppLocale): string {
  const cacheKey = `${locale}:${key}`;
  let name = categoryNames.get(cacheKey);
  if (name === undefined) {
    const category = findCategory(key);
    name = category ? localizeCategory(category, locale).name : key;
    categoryNames.set(cacheKey, name);
  }
  return name;
}

function typeName(key: string, locale: AppLocale): string {
  const type = findType(key);
  return type ? localizeType(type, locale).name : key;
}

/**
 * The footer sentence from the resolver's first reason, in the recipient's language (the sentences
 * the template previews use). An event-named recipient of a mandatory type is told it is mandatory;
 * any other event-named recipient gets the generic sentence.
 */
export function reasonFor(typeKey: string, locale: AppLocale, reasons: unknown, test = false): string {
  if (test) return reasonText(locale, { via: "test" });
  const mandatory = findType(typeKey)?.mandatory ?? false;
  const first = (Array.isArray(reasons) ? reasons[0] : undefined) as Reason | undefined;
  const target = (reason: { target: "type" } | { target: "category"; categoryKey: string }) =>
    reason.target === "category" ? categoryName(reason.categoryKey, locale) : typeName(typeKey, locale);
  if (first?.via === "group")
    return reasonText(locale, { via: "group", group: first.groupName, target: target(first) });
  if (first?.via === "direct") return reasonText(locale, { via: "direct", target: target(first) });
  if (mandatory) return reasonText(locale, { via: "mandatory" });
  return "";
}

export function personalFor(signing: UnsubscribeSigning, input: PersonalInput): DeliveryPersonal {
  const mandatory = findType(input.typeKey)?.mandatory ?? true;
  const personal: DeliveryPersonal = {
    name: input.name,
    reason: reasonFor(input.typeKey, input.locale, input.reasons, input.test),
  };
  if (input.test) personal.test = true;
  const recipient =
    input.recipientKind === "USER" && input.userId
      ? ({ kind: "user", id: input.userId } as const)
      : input.recipientKind === "CONTACT" && input.contactId
        ? ({ kind: "contact", id: input.contactId } as const)
        : null;
  // A bare address named by an event holds no preferences, so it has nothing to unsubscribe from.
  if (!mandatory && !input.test && recipient) {
    const urls = unsubscribeLinks(signing, { recipient, typeKey: input.typeKey, now: input.now });
    personal.unsubscribeUrl = urls.page;
    personal.oneClickUrl = urls.oneClick;
  }
  return personal;
}

export interface DigestRecipientRow {
  typeKey: string;
  recipientKind: "USER" | "CONTACT" | "ADDRESS";
  userId: string | null;
  contactId: string | null;
}

/**
 * The RFC 8058 one-click target of a daily digest: one signed link that mutes, for its recipient,
 * every type the digest holds (a digest never holds a mandatory type, and those are skipped anyway).
 * None for a bare address (no preferences to change), nor when the types would not fit in a link.
 */
export function digestOneClickUrl(
  signing: UnsubscribeSigning,
  rows: readonly DigestRecipientRow[],
  now?: Date,
): string | undefined {
  const first = rows.find((row) => row.recipientKind !== "ADDRESS");
  const recipient =
    first?.recipientKind === "USER" && first.userId
      ? ({ kind: "user", id: first.userId } as const)
      : first?.recipientKind === "CONTACT" && first.contactId
        ? ({ kind: "contact", id: first.contactId } as const)
        : null;
  if (!recipient) return undefined;
  const mine = rows.filter((row) =>
    recipient.kind === "user" ? row.userId === recipient.id : row.contactId === recipient.id,
  );
  const typeKeys = [...new Set(mine.map((row) => row.typeKey))]
    .filter((key) => findType(key)?.mandatory === false)
    .sort();
  const [typeKey, ...moreTypeKeys] = typeKeys;
  if (!typeKey) return undefined;
  const input = { recipient, typeKey, moreTypeKeys, now };
  if (signUnsubscribeToken(signing.authSecret, input).length > MAX_UNSUBSCRIBE_TOKEN_LENGTH) return undefined;
  return unsubscribeLinks(signing, input).oneClick;
}

export interface HeaderInput {
  deliveryId: string;
  eventId?: string;
  messageId: string;
  personal: Pick<DeliveryPersonal, "oneClickUrl" | "test"> | null;
}

/** Message-ID, Herald's ids, the one-click unsubscribe pair (RFC 8058) and the test marker. */
export function headersFor({
  deliveryId,
  eventId,
  messageId,
  personal,
}: HeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    "Message-ID": `<${messageId}>`,
    "X-Herald-Delivery-Id": deliveryId,
  };
  if (eventId) headers["X-Herald-Event-Id"] = eventId;
  if (personal?.oneClickUrl) {
    headers["List-Unsubscribe"] = `<${personal.oneClickUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  if (personal?.test) headers[TEST_HEADER] = "1";
  return headers;
}
