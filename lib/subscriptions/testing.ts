// Builders for the subscription tests (integration tests only; the seed has its own).
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { DeliveryMode, Target } from "./types";

export async function createContact(
  db: Database,
  spec: { email?: string; name?: string; disabled?: boolean; digestHour?: number } = {},
) {
  const suffix = randomUUID().slice(0, 8);
  return db.contact.create({
    data: {
      email: (spec.email ?? `contact-${suffix}@partner.test`).toLowerCase(),
      name: spec.name ?? `Contact ${suffix}`,
      digestHour: spec.digestHour ?? 8,
      disabledAt: spec.disabled ? new Date() : null,
    },
  });
}

export type SubjectColumns = { userId: string } | { groupId: string } | { contactId: string };

export async function subscribe(
  db: Database,
  subject: SubjectColumns,
  target: Target,
  mode: DeliveryMode = "IMMEDIATE",
) {
  return db.subscription.create({ data: { ...subject, ...target, mode } });
}

export async function prefer(
  db: Database,
  recipient: { userId: string } | { contactId: string },
  typeKey: string,
  preference: { muted?: boolean; mode?: DeliveryMode | null },
) {
  return db.preference.create({
    data: { ...recipient, typeKey, muted: preference.muted ?? false, mode: preference.mode ?? null },
  });
}
