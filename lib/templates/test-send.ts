import "server-only";
import type { Database } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { MailTransportError, type MailTransport } from "@/lib/mail/types";
import { reasonText } from "./copy";
import { findOverride } from "./overrides";
import { renderNotification } from "./render";
import type { TypeKey } from "./payloads";

export interface TestSendInput {
  typeKey: TypeKey;
  locale: AppLocale;
  payload: unknown;
  /** The signed-in administrator: a test only ever goes to the person who asked for it. */
  to: { email: string; name: string; timeZone: string };
  from: string;
  preferencesUrl: string;
}

export const TEST_SUBJECT_PREFIX = "[TEST] ";
export const TEST_HEADER = "X-Herald-Test";

/**
 * Renders the type with the given payload and the saved override, and sends it to the administrator,
 * marked as a test (subject prefix, header, banner). Audited after the transport accepted it.
 */
export async function sendTestEmail(
  db: Database,
  actor: AuditActor,
  transport: MailTransport,
  input: TestSendInput,
) {
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
  let id: string;
  try {
    ({ id } = await transport.send({
      to: input.to.email,
      from: input.from,
      subject: `${TEST_SUBJECT_PREFIX}${email.subject}`,
      html: email.html,
      text: email.text,
      headers: { [TEST_HEADER]: "1" },
    }));
  } catch (error) {
    if (error instanceof MailTransportError) throw new AppError("UNPROCESSABLE", "mailSendFailed");
    throw error;
  }
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "template.test-send",
      targetType: "notification-type",
      targetId: input.typeKey,
      after: {
        locale: input.locale,
        to: input.to.email,
        transport: transport.name,
        messageId: id,
        override: Boolean(override),
      },
    }),
  );
  return { id, subject: `${TEST_SUBJECT_PREFIX}${email.subject}` };
}
