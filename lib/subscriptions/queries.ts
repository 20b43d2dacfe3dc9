import "server-only";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { recipientDeliveries } from "./deliveries";
import { leftOutRecipients } from "./left-out";
import { readPreferences } from "./preferences";
import type { QuietWindow } from "./quiet-hours";
import { resolveRecipients } from "./resolve-recipients";
import { type DbOrTx } from "@/lib/db/transaction";
import { loadSubject, requireType, subjectColumns, type SubjectSummary } from "./subjects";
import { toEntry } from "./subscription-set";
import type {
  DeliveryMode,
  PreferenceEntry,
  RecipientRef,
  Subject,
  SubscriptionEntry,
  TypeDelivery,
} from "./types";

export type { DeliveryPath, TypeDelivery } from "./types";

export interface SubjectSubscriptionsView {
  subject: SubjectSummary;
  subscriptions: SubscriptionEntry[];
  /** Users and contacts only. */
  preferences?: PreferenceEntry[];
}

/**
 * A subject's own subscriptions (and preferences, for users and contacts); NOT_FOUND if unknown.
 * Staff, or an API key with subscriptions:read.
 */
export async function getSubjectSubscriptions(
  viewer: Reader | null,
  subject: Subject,
  db: DbOrTx = defaultDb,
): Promise<SubjectSubscriptionsView> {
  authorize(viewer, STAFF, "subscriptions:read");
  const summary = await loadSubject(db, subject);
  const rows = await db.subscription.findMany({
    where: subjectColumns(subject),
    select: { typeKey: true, categoryKey: true, mode: true },
    orderBy: [{ categoryKey: "asc" }, { typeKey: "asc" }],
  });
  const view: SubjectSubscriptionsView = { subject: summary, subscriptions: rows.map(toEntry) };
  if (subject.kind !== "group")
    view.preferences = await readPreferences(db, { kind: subject.kind, id: subject.id });
  return view;
}

/**
 * What one user or contact receives, type by type, with every path and the resulting delivery. Anyone
 * may read their own; staff may read anyone's.
 */
export async function getRecipientDeliveries(
  viewer: Reader,
  recipient: RecipientRef,
  db: DbOrTx = defaultDb,
): Promise<TypeDelivery[]> {
  const own = "role" in viewer && recipient.kind === "user" && viewer.id === recipient.id;
  if (!own) authorize(viewer, STAFF);
  return recipientDeliveries(db, recipient);
}

/** The viewer's own quiet hours (both null when off). */
export async function getMyQuietHours(viewer: { id: string }, db: DbOrTx = defaultDb): Promise<QuietWindow> {
  const row = await db.user.findUnique({
    where: { id: viewer.id },
    select: { quietStart: true, quietEnd: true },
  });
  return row ?? { quietStart: null, quietEnd: null };
}

export interface TypeSubscriber {
  subject: {
    kind: Subject["kind"];
    id: string;
    name: string;
    email: string | null;
    disabled: boolean;
    members?: number;
  };
  target: "type" | "category";
  mode: DeliveryMode;
}

/** Every subscription that covers a type, directly or through its category, with its subject (staff). */
export async function getTypeSubscribers(
  viewer: Reader,
  { typeKey }: { typeKey: string },
  db: DbOrTx = defaultDb,
): Promise<TypeSubscriber[]> {
  authorize(viewer, STAFF);
  const type = requireType(typeKey);
  const rows = await db.subscription.findMany({
    where: { OR: [{ typeKey: type.key }, { categoryKey: type.categoryKey }] },
    select: {
      typeKey: true,
      mode: true,
      user: { select: { id: true, name: true, email: true, disabledAt: true } },
      contact: { select: { id: true, name: true, email: true, disabledAt: true } },
      group: { select: { id: true, name: true, _count: { select: { members: true } } } },
    },
  });
  const kindOrder = { group: 0, user: 1, contact: 2 } as const;
  return rows
    .flatMap((row): TypeSubscriber[] => {
      const target = row.typeKey ? "type" : "category";
      if (row.group) {
        const { id, name, _count } = row.group;
        return [
          {
            subject: { kind: "group", id, name, email: null, disabled: false, members: _count.members },
            target,
            mode: row.mode,
          },
        ];
      }
      const person = row.user ?? row.contact;
      if (!person) return [];
      const kind = row.user ? "user" : "contact";
      const subject = {
        kind,
        id: person.id,
        name: person.name,
        email: person.email,
        disabled: person.disabledAt !== null,
      } as const;
      return [{ subject, target, mode: row.mode }];
    })
    .sort(
      (a, b) =>
        kindOrder[a.subject.kind] - kindOrder[b.subject.kind] || a.subject.name.localeCompare(b.subject.name),
    );
}

export interface SubjectOption {
  kind: "user" | "group";
  id: string;
  name: string;
  detail: string | null;
}

/** Users and groups whose name (or e-mail) contains `q`: the "copy subscriptions from…" picker (staff). */
export async function searchSubjects(
  viewer: Reader,
  { q, limit = 20 }: { q: string; limit?: number },
  db: DbOrTx = defaultDb,
): Promise<SubjectOption[]> {
  authorize(viewer, STAFF);
  const contains = { contains: q.trim(), mode: "insensitive" as const };
  const [groups, users] = await Promise.all([
    db.group.findMany({
      where: { name: contains },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: limit,
    }),
    db.user.findMany({
      where: { OR: [{ name: contains }, { email: contains }] },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
      take: limit,
    }),
  ]);
  return [
    ...groups.map((g) => ({ kind: "group" as const, id: g.id, name: g.name, detail: null })),
    ...users.map((u) => ({ kind: "user" as const, id: u.id, name: u.name, detail: u.email })),
  ].slice(0, limit);
}

/**
 * A type's subscribers, who it reaches now, with the reasons (the resolver dispatch uses, run for a
 * preview), and the subscribers it leaves out, with why: the catalog type page's recipients section.
 * Staff.
 */
export async function getTypeRecipientsPreview(
  viewer: Reader,
  { typeKey }: { typeKey: string },
  db: DbOrTx = defaultDb,
) {
  authorize(viewer, STAFF);
  const [subscribers, recipients, leftOut] = await Promise.all([
    getTypeSubscribers(viewer, { typeKey }, db),
    resolveRecipients(db, { typeKey }),
    leftOutRecipients(db, typeKey),
  ]);
  return { subscribers, recipients, leftOut };
}
