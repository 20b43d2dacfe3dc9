import "server-only";
import type { Database, Transaction } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { toAppLocale, toDbLocale, type AppLocale } from "@/lib/i18n/locales";
import { hasStrayBraces, unknownVariables } from "./interpolate";
import { payloadSchemas, type TypeKey } from "./payloads";
import type { ResetOverrideInput, SaveOverrideInput } from "./schemas";

/** An administrator's texts for one type in one language. Plain text with {{variables}}, never HTML. */
export interface OverrideDto {
  typeKey: TypeKey;
  locale: AppLocale;
  subject: string | null;
  intro: string | null;
  updatedAt: string;
  updatedById: string | null;
}

const select = {
  typeKey: true,
  locale: true,
  subject: true,
  intro: true,
  updatedAt: true,
  updatedById: true,
} as const;

type Row = {
  typeKey: string;
  locale: "en" | "pt_BR";
  subject: string | null;
  intro: string | null;
  updatedAt: Date;
  updatedById: string | null;
};

function toDto(row: Row): OverrideDto {
  return {
    ...row,
    typeKey: row.typeKey as TypeKey,
    locale: toAppLocale(row.locale),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findOverride(client: Database | Transaction, typeKey: TypeKey, locale: AppLocale) {
  const row = await client.templateOverride.findUnique({
    where: { typeKey_locale: { typeKey, locale: toDbLocale(locale) } },
    select,
  });
  return row ? toDto(row) : null;
}

export async function listOverrides(
  client: Database | Transaction,
  typeKey?: TypeKey,
): Promise<OverrideDto[]> {
  const rows = await client.templateOverride.findMany({
    where: typeKey ? { typeKey } : {},
    select,
    orderBy: { typeKey: "asc" },
  });
  return rows.map(toDto);
}

/** Field errors for a text: unknown variables, or braces that are not a {{variable}}. */
function checkText(
  field: "subject" | "intro",
  text: string,
  typeKey: TypeKey,
  errors: Record<string, string[]>,
) {
  if (hasStrayBraces(text)) (errors[field] ??= []).push("malformedVariable");
  const unknown = unknownVariables(text, payloadSchemas[typeKey]);
  if (unknown.length > 0) (errors[field] ??= []).push("unknownVariables");
}

const clean = (text: string) => (text.trim() ? text.trim() : null);
const snapshot = (dto: OverrideDto | null) => (dto ? { subject: dto.subject, intro: dto.intro } : null);

/**
 * Saves the subject and intro of a type in one language, audited in the same transaction. Blank
 * texts mean "use the default"; both blank is a reset. Unknown variables are refused as field errors.
 */
export async function saveTemplateOverride(tx: Transaction, actor: AuditActor, input: SaveOverrideInput) {
  const subject = clean(input.subject.replace(/[\r\n]+/g, " "));
  const intro = clean(input.intro);
  const errors: Record<string, string[]> = {};
  if (subject) checkText("subject", subject, input.typeKey, errors);
  if (intro) checkText("intro", intro, input.typeKey, errors);
  if (Object.keys(errors).length > 0) throw new AppError("UNPROCESSABLE", "checkFields", errors);
  if (!subject && !intro) {
    await resetTemplateOverride(tx, actor, input);
    return null;
  }
  const before = await findOverride(tx, input.typeKey, input.locale);
  if (before && before.subject === subject && before.intro === intro) return before;
  const row = await tx.templateOverride.upsert({
    where: { typeKey_locale: { typeKey: input.typeKey, locale: toDbLocale(input.locale) } },
    create: {
      typeKey: input.typeKey,
      locale: toDbLocale(input.locale),
      subject,
      intro,
      updatedById: actor.id,
    },
    update: { subject, intro, updatedById: actor.id },
    select,
  });
  await recordAudit(tx, actor, {
    action: "template.override.update",
    targetType: "template-override",
    targetId: `${input.typeKey}:${input.locale}`,
    before: snapshot(before),
    after: { subject, intro },
  });
  return toDto(row);
}

/** Deletes the override (back to the default texts), audited in the same transaction. */
export async function resetTemplateOverride(tx: Transaction, actor: AuditActor, input: ResetOverrideInput) {
  const before = await findOverride(tx, input.typeKey, input.locale);
  if (!before) return false;
  await tx.templateOverride.delete({
    where: { typeKey_locale: { typeKey: input.typeKey, locale: toDbLocale(input.locale) } },
  });
  await recordAudit(tx, actor, {
    action: "template.override.reset",
    targetType: "template-override",
    targetId: `${input.typeKey}:${input.locale}`,
    before: snapshot(before),
    after: null,
  });
  return true;
}
