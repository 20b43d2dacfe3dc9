// A delivery that went out through a transport, for tests of what happens after sending (provider
// feedback, suppressions, history). Fresh random event and address each call.
import { randomUUID } from "node:crypto";
import type { DeliveryStatus, MailTransportName } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db/client";

export async function createSentDelivery(
  db: Database,
  options: {
    status?: DeliveryStatus;
    transport?: MailTransportName;
    providerMessageId?: string;
    email?: string;
  } = {},
) {
  const type = await db.notificationType.findFirstOrThrow({ select: { key: true, categoryKey: true } });
  const event = await db.event.create({
    data: { typeKey: type.key, payload: {}, origin: "TEST", occurredAt: new Date(), recipientCount: 1 },
    select: { id: true },
  });
  const id = randomUUID();
  return db.delivery.create({
    data: {
      id,
      eventId: event.id,
      typeKey: type.key,
      categoryKey: type.categoryKey,
      recipientKind: "ADDRESS",
      email: options.email ?? `sent-${randomUUID()}@bank.example`,
      name: "Test Recipient",
      locale: "en",
      timeZone: "UTC",
      mode: "IMMEDIATE",
      reasons: [],
      status: options.status ?? "SENT",
      idempotencyKey: `herald-${id}`,
      messageId: `${id}@herald.test`,
      transport: options.transport ?? "RESEND",
      providerMessageId: options.providerMessageId ?? randomUUID(),
      sentAt: new Date(),
    },
  });
}
