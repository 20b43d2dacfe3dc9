import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { subjectKinds, type Subject } from "./types";

/**
 * /api/internal/subscriptions/{kind}/{id}: a subject. withSession answers 404 for anything that cannot
 * be one (an unknown kind, an id that is not a UUID).
 */
export const subjectRouteParams = z
  .object({ kind: z.enum(subjectKinds), id: z.uuid() })
  .transform((params): Subject => ({ kind: params.kind, id: params.id }));

/** The same, for routes that only make sense for people (preferences): a group is a 400. */
export function recipientOf(subject: Subject) {
  if (subject.kind === "group") throw new AppError("BAD_REQUEST", "groupsHaveNoPreferences");
  return { kind: subject.kind, id: subject.id };
}
