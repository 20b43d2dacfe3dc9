// The baseline the resolver replaces: for each user, ask the database about their groups, the
// subscriptions that reach them, their preference and the suppression list — four queries per user.
import { findType } from "@/lib/catalog/definitions";
import type { Database } from "@/lib/db/client";

export async function naiveRecipients(db: Database, typeKey: string, sample: number) {
  const type = findType(typeKey);
  if (!type) throw new Error(`Unknown type ${typeKey}`);
  const total = await db.user.count();
  const users = await db.user.findMany({
    select: { id: true, email: true, disabledAt: true },
    orderBy: { id: "asc" },
    take: sample,
  });
  const matches = { OR: [{ typeKey: type.key }, { categoryKey: type.categoryKey }] };
  let recipients = 0;
  for (const user of users) {
    if (user.disabledAt) continue;
    const memberships = await db.groupMember.findMany({
      where: { userId: user.id },
      select: { groupId: true },
    });
    const subscriptions = await db.subscription.findMany({
      where: {
        AND: [matches, { OR: [{ userId: user.id }, { groupId: { in: memberships.map((m) => m.groupId) } }] }],
      },
      select: { mode: true },
    });
    if (subscriptions.length === 0) continue;
    const preference = await db.preference.findFirst({
      where: { userId: user.id, typeKey: type.key },
      select: { muted: true },
    });
    const suppressed = await db.suppression.findUnique({
      where: { email: user.email },
      select: { email: true },
    });
    if (!preference?.muted && !suppressed) recipients++;
  }
  return { examined: users.length, total, recipients };
}
