// What the enqueue integration tests share. The database is shared with other test files: every
// assertion looks only at rows its test made.
import { testDb } from "@/tests/db";

export const EVENT_TYPE = "access-control.request-approved"; // low, not mandatory

export const NOW = new Date("2026-12-02T03:00:00Z"); // 00:00 in São Paulo, 08:30 in Kolkata

export async function deliveriesOf(eventId: string) {
  return testDb().delivery.findMany({ where: { eventId }, orderBy: { email: "asc" } });
}
