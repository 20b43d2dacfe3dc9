// Who may read and change the send history: administrators and auditors read every delivery (users
// only their own, through queries that name them); only administrators retry or resend.
import type { Role } from "@/generated/prisma/enums";
import { ADMIN_ONLY, authorize, STAFF } from "@/lib/auth/roles";

export function assertReader(viewer: { role: Role }) {
  authorize(viewer, STAFF);
}

export function assertWriter(viewer: { role: Role }) {
  authorize(viewer, ADMIN_ONLY);
}
