// The vocabulary of subscriptions, shared by the server, the API and the client components. Pure types
// and constants: no database, no server-only. (generated/prisma/enums.ts is plain objects, safe in
// client components.)
import { DeliveryMode as DeliveryModeEnum } from "@/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";

export type DeliveryMode = DeliveryModeEnum;
export const deliveryModes: readonly DeliveryMode[] = Object.values(DeliveryModeEnum);

export const subjectKinds = ["user", "group", "contact"] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** Who a subscription belongs to: a user, a group (all its members) or an external contact. */
export interface Subject {
  kind: SubjectKind;
  id: string;
}

/** What a subscription covers: one notification type, or every type of a category (present and future). */
export type Target = { typeKey: string } | { categoryKey: string };

/** A recipient who can hold preferences and follow an unsubscribe link. */
export interface RecipientRef {
  kind: "user" | "contact";
  id: string;
}

/**
 * Why a recipient gets a type. Structured, so the UI can say "member of Security Operations,
 * subscribed to category Certificates" in the reader's language.
 * - direct: the recipient's own subscription (a user's or a contact's);
 * - group: a subscription of a group the user belongs to;
 * - event: named by the event itself (e.g. the approvers of an access request).
 */
export type Reason =
  | { via: "direct"; target: "type" }
  | { via: "direct"; target: "category"; categoryKey: string }
  | { via: "group"; groupId: string; groupName: string; target: "type" }
  | { via: "group"; groupId: string; groupName: string; target: "category"; categoryKey: string }
  | { via: "event" };

export interface ResolvedRecipient {
  kind: "user" | "contact" | "address";
  /** User or contact id; absent for a bare address named by an event. */
  id?: string;
  email: string;
  name: string;
  locale: AppLocale;
  timeZone: string;
  /** Local hour (0–23) of the recipient's daily digest. */
  digestHour: number;
  mode: DeliveryMode;
  reasons: Reason[];
  /** The address is suppressed (a bounce, a complaint): its delivery is written SUPPRESSED, never sent. */
  suppressed?: true;
}

/** One row of a subject's subscription set, as the UI and the API show it. */
export type SubscriptionEntry = Target & { mode: DeliveryMode };

/** A recipient's own choice for one type. `mode: null` means "as subscribed". */
export interface PreferenceEntry {
  typeKey: string;
  muted: boolean;
  mode: DeliveryMode | null;
}

/** One line of the bulk route's NDJSON answer. */
export type BulkEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; result: { recipients: number; created: number; updated: number; removed: number } }
  | { type: "error"; code: string; message: string; details?: Record<string, string[]> };

export interface DeliveryPath {
  reason: Exclude<Reason, { via: "event" }>;
  mode: DeliveryMode;
}

export interface TypeDelivery {
  typeKey: string;
  categoryKey: string;
  mandatory: boolean;
  paths: DeliveryPath[];
  preference: { muted: boolean; mode: DeliveryMode | null } | null;
  delivered: boolean;
  mode: DeliveryMode;
  muted: boolean;
  /** The recipient's own subscription to exactly this type (the one self-service may remove). */
  ownTypeSubscription: boolean;
}
