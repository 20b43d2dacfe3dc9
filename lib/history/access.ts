// Who may read and change the send history. (A local list rather than STAFF from lib/auth/viewer,
// which would pull next-auth into the integration tests.)
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

/** Administrators and auditors read every delivery; users read only their own. */
export const HISTORY_READERS: readonly Role[] = ["ADMIN", "AUDITOR"];
/** Retry and resend: administrators only. */
export const HISTORY_WRITERS: readonly Role[] = ["ADMIN"];

export function assertReader(viewer: { role: Role }) {
  if (!HISTORY_READERS.includes(viewer.role)) throw new AppError("FORBIDDEN", "forbidden");
}

export function assertWriter(viewer: { role: Role }) {
  if (!HISTORY_WRITERS.includes(viewer.role)) throw new AppError("FORBIDDEN", "forbidden");
}
