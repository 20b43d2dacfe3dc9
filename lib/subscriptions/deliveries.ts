import "server-only";
import { notificationTypes } from "@/lib/catalog/definitions";
import type { DbOrTx } from "@/lib/db/transaction";
import { effectiveDelivery } from "./policy";
import { readPreferences } from "./preferences";
import { subjectColumns } from "./subjects";
import type { DeliveryPath, RecipientRef, TypeDelivery } from "./types";

/**
 * What one user or contact receives (unauthorized building block: getRecipientDeliveries in queries.ts
 * is the read for viewers; services use this after their own checks), type by type, with every path and the resulting delivery (the
 * same rules as resolveRecipients; resolve-recipients.int.test.ts checks that they agree). Event-named
 * recipients are not known in advance, so only subscriptions count here.
 */
export async function recipientDeliveries(db: DbOrTx, recipient: RecipientRef): Promise<TypeDelivery[]> {
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
