// The recipients of a test send ("Send test to me"): exactly the people named. No "server-only", like
// enqueue.ts.
import type { DbOrTx } from "@/lib/db/transaction";
import { toAppLocale, type AppLocale } from "@/lib/i18n/locales";
import type { ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import type { Reason, ResolvedRecipient } from "@/lib/subscriptions/types";

/**
 * A test send's recipients: exactly the people named (users by id, else bare addresses), whatever
 * they subscribe to or mute — a test is asked for by the person it goes to.
 */
export async function namedRecipientsOnly(
  tx: DbOrTx,
  extras: ExtraRecipient[],
  locale: AppLocale | undefined,
): Promise<ResolvedRecipient[]> {
  const userIds = extras.flatMap((extra) => ("userId" in extra ? [extra.userId] : []));
  const emails = extras.flatMap((extra) => ("email" in extra ? [extra.email.trim().toLowerCase()] : []));
  const users = await tx.user.findMany({
    where: { OR: [{ id: { in: userIds } }, { email: { in: emails } }], disabledAt: null },
    select: { id: true, email: true, name: true, locale: true, timeZone: true, digestHour: true },
  });
  const event: Reason = { via: "event" };
  const found = new Set(users.map((user) => user.email));
  return [
    ...users.map((user): ResolvedRecipient => ({
      kind: "user",
      id: user.id,
      email: user.email,
      name: user.name,
      locale: locale ?? toAppLocale(user.locale),
      timeZone: user.timeZone,
      digestHour: user.digestHour,
      mode: "IMMEDIATE",
      reasons: [event],
    })),
    ...[...new Set(emails)]
      .filter((email) => !found.has(email))
      .map((email): ResolvedRecipient => ({
        kind: "address",
        email,
        name: email,
        locale: locale ?? "en",
        timeZone: "UTC",
        digestHour: 8,
        mode: "IMMEDIATE",
        reasons: [event],
      })),
  ];
}
