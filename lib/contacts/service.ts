import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database, Transaction } from "@/lib/db";
import { AppError, uniqueViolation } from "@/lib/errors";
import { toAppLocale, toDbLocale } from "@/lib/i18n/locales";
import type { CreateContactInput, UpdateContactInput } from "./schemas";

// External recipients (an on-call mailbox, an outside auditor). Never deleted: the audit trail keeps
// pointing at them. A contact may not share a user's address: that person is already a recipient.

const emailTaken = () => new AppError("CONFLICT", "checkFields", { email: ["contactEmailTaken"] });
const emailIsUser = () => new AppError("CONFLICT", "checkFields", { email: ["contactEmailIsUser"] });

async function assertNotAUser(tx: Transaction, email: string) {
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailIsUser();
}

function fields(input: CreateContactInput) {
  return {
    name: input.name,
    email: input.email,
    locale: toDbLocale(input.locale),
    timeZone: input.timeZone,
    digestHour: input.digestHour,
    quietStart: input.quietStart,
    quietEnd: input.quietEnd,
  };
}

function snapshot(row: {
  name: string;
  email: string;
  locale: "en" | "pt_BR";
  timeZone: string;
  digestHour: number;
  quietStart: number | null;
  quietEnd: number | null;
}) {
  return {
    name: row.name,
    email: row.email,
    locale: toAppLocale(row.locale),
    timeZone: row.timeZone,
    digestHour: row.digestHour,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
  };
}

export async function createContact(db: Database, actor: AuditActor, input: CreateContactInput) {
  try {
    return await db.$transaction(async (tx) => {
      await assertNotAUser(tx, input.email);
      const contact = await tx.contact.create({ data: fields(input), select: { id: true } });
      await recordAudit(tx, actor, {
        action: "contact.create",
        targetType: "contact",
        targetId: contact.id,
        after: snapshot(fields(input)),
      });
      return contact;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

export async function updateContact(db: Database, actor: AuditActor, input: UpdateContactInput) {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.contact.findUnique({
        where: { id: input.id },
        select: {
          name: true,
          email: true,
          locale: true,
          timeZone: true,
          digestHour: true,
          quietStart: true,
          quietEnd: true,
        },
      });
      if (!current) throw new AppError("NOT_FOUND", "notFound");
      if (current.email !== input.email) await assertNotAUser(tx, input.email);
      const before = snapshot(current);
      const after = snapshot(fields(input));
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
        (key) => before[key] !== after[key],
      );
      if (changed.length === 0) return { changed };
      await tx.contact.update({ where: { id: input.id }, data: fields(input) });
      await recordAudit(tx, actor, {
        action: "contact.update",
        targetType: "contact",
        targetId: input.id,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
      return { changed };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** Disables (`contact.disable`) or re-enables (`contact.enable`) a contact; false when already so. */
export async function setContactDisabled(db: Database, actor: AuditActor, id: string, disabled: boolean) {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id }, select: { disabledAt: true } });
    if (!contact) throw new AppError("NOT_FOUND", "notFound");
    if ((contact.disabledAt !== null) === disabled) return false;
    const disabledAt = disabled ? new Date() : null;
    await tx.contact.update({ where: { id }, data: { disabledAt } });
    await recordAudit(tx, actor, {
      action: disabled ? "contact.disable" : "contact.enable",
      targetType: "contact",
      targetId: id,
      before: { disabledAt: contact.disabledAt },
      after: { disabledAt },
    });
    return true;
  });
}
