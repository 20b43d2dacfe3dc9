import "server-only";
import type { Reader } from "@/lib/auth/roles";
import { getSubjectSubscriptions } from "./queries";
import type { Subject } from "./types";

/** GET/PUT /api/v1/{users|groups}/{id}/subscriptions: the subject's set (and a user's preferences). */
export async function subscriptionsResponse(reader: Reader | null, subject: Subject) {
  const view = await getSubjectSubscriptions(reader, subject);
  return {
    data: {
      subject: { kind: view.subject.kind as "user" | "group", id: view.subject.id, name: view.subject.name },
      subscriptions: view.subscriptions,
      ...(view.preferences ? { preferences: view.preferences } : {}),
    },
  };
}
