import "server-only";
import type { MailTransportName } from "@/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { asTransportError } from "./classify";
import { recordSuccess } from "./health";
import { loadMailSettings } from "./settings-store";
import { mailFrom, redactSecrets, transportFromEnv } from "./transports";
import type { MailTransport } from "./types";

const COPY: Record<
  AppLocale,
  { subject: (transport: string) => string; body: (name: string, transport: string) => string }
> = {
  en: {
    subject: (transport) => `[TEST] Herald mail check: ${transport}`,
    body: (name, transport) =>
      `Hello ${name},\n\nthis test e-mail was sent by Herald through the ${transport} transport. If you can read it, the transport delivers.`,
  },
  "pt-BR": {
    subject: (transport) => `[TESTE] Verificação de e-mail do Herald: ${transport}`,
    body: (name, transport) =>
      `Olá, ${name},\n\neste e-mail de teste foi enviado pelo Herald pelo transporte ${transport}. Se você consegue lê-lo, o transporte entrega.`,
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export type TransportTestResult = { ok: true; to: string } | { ok: false; to: string; error: string };

/**
 * Sends a test e-mail straight through one transport (no failover) to the administrator who asked,
 * and audits the attempt either way. A success also clears the transport's failure count and
 * cool-down: the administrator just proved it delivers.
 */
export async function sendTransportTest(
  db: Database,
  actor: AuditActor,
  to: { email: string; name: string; locale: AppLocale },
  name: MailTransportName,
  options: { transport?: MailTransport } = {},
): Promise<TransportTestResult> {
  const transport = options.transport ?? transportFromEnv(db, name);
  if (!transport) throw new AppError("BAD_REQUEST", "transportNotConfigured");
  const settings = await loadMailSettings(db);
  const copy = COPY[to.locale];
  const text = copy.body(to.name, name);
  let result: TransportTestResult;
  let providerMessageId: string | null = null;
  try {
    ({ id: providerMessageId } = await transport.send({
      to: to.email,
      from: mailFrom(),
      subject: copy.subject(name),
      text,
      html: `<p>${escapeHtml(text).replace(/\n\n/g, "</p><p>")}</p>`,
      headers: { "X-Herald-Test": "1" },
      ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
    }));
    result = { ok: true, to: to.email };
    await recordSuccess(db, name, new Date());
  } catch (error) {
    result = { ok: false, to: to.email, error: redactSecrets(asTransportError(error).message).slice(0, 500) };
  }
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "mail-transport.test-send",
      targetType: "mail-transport",
      targetId: name,
      after: {
        to: to.email,
        ok: result.ok,
        providerMessageId,
        ...(result.ok ? {} : { error: result.error }),
      },
    }),
  );
  return result;
}
