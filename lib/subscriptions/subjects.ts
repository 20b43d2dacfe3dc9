import "server-only";
import { findCategory, findType } from "@/lib/catalog/definitions";
import type { DbOrTx } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { Subject, Target } from "./types";
import { isTypeTarget } from "./policy";

export interface SubjectSummary {
  kind: Subject["kind"];
  id: string;
  name: string;
  /** Users and contacts; groups have none. */
  email: string | null;
  disabled: boolean;
}

/** The subject, or NOT_FOUND. */
export async function loadSubject(db: DbOrTx, subject: Subject): Promise<SubjectSummary> {
  const select = { id: true, name: true, email: true, disabledAt: true } as const;
  if (subject.kind === "group") {
    const group = await db.group.findUnique({ where: { id: subject.id }, select: { id: true, name: true } });
    if (!group) throw new AppError("NOT_FOUND", "notFound");
    return { kind: "group", id: group.id, name: group.name, email: null, disabled: false };
  }
  const person =
    subject.kind === "user"
      ? await db.user.findUnique({ where: { id: subject.id }, select })
      : await db.contact.findUnique({ where: { id: subject.id }, select });
  if (!person) throw new AppError("NOT_FOUND", "notFound");
  return {
    kind: subject.kind,
    id: person.id,
    name: person.name,
    email: person.email,
    disabled: person.disabledAt !== null,
  };
}

/** The Subscription columns that name the subject. */
export function subjectColumns(subject: Subject) {
  return subject.kind === "user"
    ? { userId: subject.id }
    : subject.kind === "group"
      ? { groupId: subject.id }
      : { contactId: subject.id };
}

export function targetColumns(target: Target) {
  return isTypeTarget(target) ? { typeKey: target.typeKey } : { categoryKey: target.categoryKey };
}

/** Throws NOT_FOUND naming every key the catalog does not know. */
export function assertKnownTargets(targets: readonly Target[]) {
  const unknown = targets
    .filter((target) =>
      isTypeTarget(target) ? !findType(target.typeKey) : !findCategory(target.categoryKey),
    )
    .map((target) => (isTypeTarget(target) ? target.typeKey : target.categoryKey));
  if (unknown.length > 0) {
    throw new AppError("NOT_FOUND", "unknownCatalogKey", { keys: unknown });
  }
}

export function requireType(typeKey: string) {
  const type = findType(typeKey);
  if (!type) throw new AppError("NOT_FOUND", "unknownCatalogKey", { keys: [typeKey] });
  return type;
}
