// The delivery rules, in one place. Pure: the resolver implements the same rules in SQL (see
// resolve-recipients.ts), the per-user views apply them here, and tests check that both agree.
import { findType } from "@/lib/catalog/definitions";
import type { Role } from "@/generated/prisma/enums";
import type { DeliveryMode } from "./types";

/**
 * Whether `role` may add a subscription to this type for themselves: not a USER to a restricted
 * type (NotificationType.restricted, set in lib/catalog/definitions.ts). An administrator can still
 * subscribe anyone, and users keep receiving restricted types through their groups.
 */
export function maySelfSubscribe(role: Role, typeKey: string): boolean {
  const type = findType(typeKey);
  if (!type) return false;
  return role !== "USER" || !type.restricted;
}

export interface DeliveryInput {
  mandatory: boolean;
  /** Modes of every path (subscription or event) that reaches the recipient for this type. */
  pathModes: readonly DeliveryMode[];
  preference?: { muted: boolean; mode: DeliveryMode | null } | null;
}

export interface Delivery {
  delivered: boolean;
  mode: DeliveryMode;
  /** The recipient muted it, and (for a non-mandatory type) that is why it is not delivered. */
  muted: boolean;
}

/**
 * - No path: not delivered.
 * - Mandatory types are always delivered, and IMMEDIATE: they are security-critical, so neither a
 *   mute nor a digest preference may delay them.
 * - Otherwise a mute drops the type; the recipient's own mode wins; else IMMEDIATE if any path is
 *   immediate (an event-named recipient's path is immediate), else DIGEST.
 */
export function effectiveDelivery({ mandatory, pathModes, preference }: DeliveryInput): Delivery {
  const merged: DeliveryMode = pathModes.includes("IMMEDIATE") ? "IMMEDIATE" : "DIGEST";
  const muted = Boolean(preference?.muted);
  if (pathModes.length === 0) return { delivered: false, mode: preference?.mode ?? merged, muted };
  if (mandatory) return { delivered: true, mode: "IMMEDIATE", muted };
  return { delivered: !muted, mode: preference?.mode ?? merged, muted };
}

// In a module of their own, free of the catalog, for the browser's subscription matrices.
export { isTypeTarget, targetId } from "./targets";
