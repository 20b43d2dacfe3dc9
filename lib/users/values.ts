// The user choices client components list (filters, the user form), kept apart from the zod schemas
// (schemas.ts re-exports them) so that importing a list does not ship zod to the browser.
import { ALL } from "@/lib/auth/roles";

/** Every role, for the form and filter choices (the list lives in lib/auth/roles.ts). */
export const roles = ALL;
export const userStatuses = ["active", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];
