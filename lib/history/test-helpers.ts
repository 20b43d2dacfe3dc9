// Test-only: events and deliveries written straight to the database, with chosen times and statuses,
// so the history's reads can be checked without the dispatch pipeline.
import { randomUUID } from "node:crypto";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db/client";
import { findType } from "@/lib/catalog/definitions";
import { uuidv7 } from "./resend";

export const TEST_TYPE = "monitoring.cpu-critical";

export async function createTestEvent(db: Database, typeKey = TEST_TYPE) {
  return db.event.create({
    data: {
      typeKey,
      payload: { test: true },
      origin: "TEST",
      occurredAt: new Date(),
      source: "integration-test",
    },
    select: { id: true, typeKey: true },
  });
}

export interface DeliverySpec {
  createdAt: Date;
  status?: DeliveryStatus;
  email?: string;
  userId?: string | null;
  attemptCount?: number;
  sentAt?: Date | null;
  renderId?: string | null;
  personal?: { name: string; reason: string; unsubscribeUrl?: string } | null;
}

/** Inserts deliveries of one event; returns their ids in the order of the specs. */
export async function insertDeliveries(
  db: Database,
  event: { id: string; typeKey: string },
  specs: DeliverySpec[],
) {
  const type = findType(event.typeKey)!;
  const rows = specs.map((spec) => {
    const id = uuidv7(spec.createdAt.getTime());
    const status = spec.status ?? "SENT";
    return {
      id,
      eventId: event.id,
      typeKey: type.key,
      categoryKey: type.categoryKey,
      recipientKind: spec.userId ? ("USER" as const) : ("ADDRESS" as const),
      userId: spec.userId ?? null,
      email: (spec.email ?? `r-${randomUUID().slice(0, 8)}@example.test`).toLowerCase(),
      name: "Test Recipient",
      locale: "en" as const,
      timeZone: "UTC",
      mode: "IMMEDIATE" as const,
      reasons: [{ via: "event" }],
      status,
      leaseUntil: status === "SENDING" ? new Date(Date.now() + 60_000) : null,
      attemptCount: spec.attemptCount ?? (status === "QUEUED" ? 0 : 1),
      idempotencyKey: `herald-${id}`,
      messageId: `${id}@test.local`,
      sentAt: spec.sentAt ?? (status === "QUEUED" || status === "FAILED" ? null : spec.createdAt),
      renderId: spec.renderId ?? null,
      personal: spec.personal ?? undefined,
      createdAt: spec.createdAt,
      availableAt: spec.createdAt,
      statusChangedAt: spec.createdAt,
    };
  });
  await db.delivery.createMany({ data: rows });
  return rows.map((row) => row.id);
}
