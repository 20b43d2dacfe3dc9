// The shape of a delivery in the history's lists and pages, and who may read them: shared by the
// lists (./queries), the detail pages (./details), the dashboard and the export.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus, Role } from "@/generated/prisma/enums";

/** The viewer as the history reads it: role for access, time zone for day bounds. */
export interface Reader {
  id: string;
  role: Role;
  timeZone: string;
}

export const deliveryRowSelect = {
  id: true,
  createdAt: true,
  status: true,
  typeKey: true,
  categoryKey: true,
  recipientKind: true,
  email: true,
  name: true,
  mode: true,
  eventId: true,
  attemptCount: true,
  subject: true,
  sentAt: true,
  transport: true,
  lastError: true,
} satisfies Prisma.DeliverySelect;

export type DeliveryRow = Prisma.DeliveryGetPayload<{ select: typeof deliveryRowSelect }>;

/** What reached the signed-in person: deliveries that left for them. */
export const RECEIVED_STATUSES: DeliveryStatus[] = ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"];
