import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import type { AppLocale } from "@/lib/i18n/locales";
import { reasonText } from "./copy";
import { findOverride } from "./overrides";
import type { TypeKey } from "./payloads";
import { renderNotification } from "./render";

export interface TestSendInput {
  typeKey: TypeKey;
  locale: AppLocale;
  payload: unknown;
  /** The signed-in administrator: a test only ever goes to the person who asked for it. */
  to: { userId: string; email: string; name: string; timeZone: string };
  preferencesUrl: string;
}

// The worker marks test sends the same way (lib/dispatch/worker/personal.ts; a test checks both agree).
export const TEST_SUBJECT_PREFIX = "[TEST] ";
export const TEST_HEADER = "X-Herald-Test";

/**
 * "Send test to me" goes through the dispatch pipeline like any event: an event of origin TEST
 * addressed to the administrator alone (never the type's subscribers), in the previewed language,
 * which the worker renders with the saved texts and marks as a test ([TEST] subject, X-Herald-Test
 * header, banner). The subject is rendered here too, so the button can say what is on its way; the
 * payload is validated before anything is written. Audited with the event, in one transaction.
 */
export async function sendTestEmail(db: Database, actor: AuditActor, input: TestSendInput) {
  const override = await findOverride(db, input.typeKey, input.locale);
  const email = await renderNotification({
    typeKey: input.typeKey,
    payload: input.payload,
    locale: input.locale,
    timeZone: input.to.timeZone,
    recipient: { name: input.to.name, reason: reasonText(input.locale, { via: "test" }) },
    links: { preferencesUrl: input.preferencesUrl },
    override,
    test: true,
  });
  const subject = `${TEST_SUBJECT_PREFIX}${email.subject}`;
  const { eventId } = await db.$transaction(async (tx) => {
    const enqueued = await enqueueEvent(
      tx,
      { typeKey: input.typeKey, payload: input.payload, recipients: [{ userId: input.to.userId }] },
      { kind: "TEST", userId: input.to.userId, locale: input.locale },
    );
    await recordAudit(tx, actor, {
      action: "template.test-send",
      targetType: "notification-type",
      targetId: input.typeKey,
      after: {
        locale: input.locale,
        to: input.to.email,
        eventId: enqueued.eventId,
        override: Boolean(override),
      },
    });
    return enqueued;
  });
  return { eventId, subject };
}
