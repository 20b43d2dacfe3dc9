import "server-only";
import { notificationTypes } from "@/lib/catalog/definitions";
import { effectiveDelivery } from "./policy";
import { readPreferences } from "./preferences";
import { loadSubject, requireType, subjectColumns, type DbOrTx, type SubjectSummary } from "./subjects";
import { toEntry } from "./subscription-set";
import type {
  DeliveryMode,
  DeliveryPath,
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

/** A subject's own subscriptions (and preferences, for users and contacts); NOT_FOUND if unknown. */
export async function getSubjectSubscriptions(
  db: DbOrTx,
  subject: Subject,
): Promise<SubjectSubscriptionsView> {
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
 * What one user or contact receives, type by type, with every path and the resulting delivery (the
 * same rules as resolveRecipients; resolve-recipients.int.test.ts checks that they agree). Event-named
 * recipients are not known in advance, so only subscriptions count here.
 */
export async function getRecipientDeliveries(db: DbOrTx, recipient: RecipientRef): Promise<TypeDelivery[]> {
  const select = { typeKey: true, categoryKey: true, mode: true } as const;
  const [own, groupSubscriptions, preferences] = await Promise.all([
    db.subscription.findMany({ where: subjectColumns(recipient), select }),
    recipient.kind === "user"
      ? db.subscription.findMany({
          where: { group: { members: { some: { userId: recipient.id } } } },
          select: { ...select, group: { select: { id: true, name: true } } },
        })
      : Promise.resolve([]),
    readPreferences(db, recipient),
  ]);
  const preferenceByType = new Map(preferences.map((p) => [p.typeKey, p]));

  return notificationTypes.map((type) => {
    const matches = (s: { typeKey: string | null; categoryKey: string | null }) =>
      s.typeKey === type.key || s.categoryKey === type.categoryKey;
    const paths: DeliveryPath[] = [
      ...own.filter(matches).map((s): DeliveryPath => ({
        reason: s.categoryKey
          ? { via: "direct", target: "category", categoryKey: s.categoryKey }
          : { via: "direct", target: "type" },
        mode: s.mode,
      })),
      ...groupSubscriptions
        .flatMap((s) => (s.group && matches(s) ? [{ ...s, group: s.group }] : []))
        .sort((a, b) => a.group.name.localeCompare(b.group.name))
        .map((s): DeliveryPath => {
          const group = { groupId: s.group.id, groupName: s.group.name };
          return {
            reason: s.categoryKey
              ? { via: "group", ...group, target: "category", categoryKey: s.categoryKey }
              : { via: "group", ...group, target: "type" },
            mode: s.mode,
          };
        }),
    ];
    const stored = preferenceByType.get(type.key);
    const preference = stored ? { muted: stored.muted, mode: stored.mode } : null;
    const delivery = effectiveDelivery({
      mandatory: type.mandatory,
      pathModes: paths.map((p) => p.mode),
      preference,
    });
    return {
      typeKey: type.key,
      categoryKey: type.categoryKey,
      mandatory: type.mandatory,
      paths,
      preference,
      ...delivery,
      ownTypeSubscription: own.some((s) => s.typeKey === type.key),
    };
  });
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

/** Every subscription that covers a type, directly or through its category, with its subject. */
export async function getTypeSubscribers(db: DbOrTx, typeKey: string): Promise<TypeSubscriber[]> {
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

/** Users and groups whose name (or e-mail) contains `query`: the "copy subscriptions from…" picker. */
export async function searchSubjects(db: DbOrTx, query: string, limit = 20): Promise<SubjectOption[]> {
  const contains = { contains: query.trim(), mode: "insensitive" as const };
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
