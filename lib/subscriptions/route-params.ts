import "server-only";
import { AppError } from "@/lib/errors";
import { subjectKinds, type Subject } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /api/internal/subscriptions/{kind}/{id}: a subject, or 404 for anything that cannot be one. */
export function subjectFromRoute(params: { kind: string; id: string }): Subject {
  const kind = subjectKinds.find((k) => k === params.kind);
  if (!kind || !UUID.test(params.id)) throw new AppError("NOT_FOUND", "notFound");
  return { kind, id: params.id };
}

/** The same, for routes that only make sense for people (preferences). */
export function recipientFromRoute(params: { kind: string; id: string }) {
  const subject = subjectFromRoute(params);
  if (subject.kind === "group") throw new AppError("BAD_REQUEST", "groupsHaveNoPreferences");
  return { kind: subject.kind, id: subject.id };
}
