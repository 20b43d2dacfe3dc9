import "server-only";
import { cache } from "react";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { categories, findCategory, findType } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import type { NotificationKind, Severity } from "@/lib/catalog/types";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { locales, toAppLocale, type AppLocale } from "@/lib/i18n/locales";
import { copyFor, type TypeCopy } from "./copy";
import { variablesOf } from "./fields";
import { RECIPIENT_NAME } from "./interpolate";
import { variableLabel } from "./labels";
import { listOverrides, type OverrideDto } from "./overrides";
import { isTypeKey, payloadSchemas, samplePayloads, type TypeKey } from "./payloads";

// Reads of the templates feature: (viewer, input, db = defaultDb), staff only (CODE_STYLE.md "Reads").
// The work is wrapped in React's cache by its primitive arguments, so a page and its metadata share it.

export interface TemplateListItem {
  key: TypeKey;
  name: string;
  severity: Severity;
  kind: NotificationKind;
  mandatory: boolean;
  /** Languages with an administrator's texts. */
  customized: AppLocale[];
}

export interface TemplateListCategory {
  key: string;
  name: string;
  types: TemplateListItem[];
}

/** Every type by category, in the reader's language, with the languages that have custom texts. */
export async function getTemplateIndex(
  viewer: Reader,
  { locale }: { locale: AppLocale },
  db: DbOrTx = defaultDb,
): Promise<TemplateListCategory[]> {
  authorize(viewer, STAFF);
  return templateIndex(locale, db);
}

const templateIndex = cache(async (locale: AppLocale, db: DbOrTx): Promise<TemplateListCategory[]> => {
  const rows = await db.templateOverride.findMany({ select: { typeKey: true, locale: true } });
  const customized = new Map<string, AppLocale[]>();
  for (const row of rows)
    customized.set(row.typeKey, [...(customized.get(row.typeKey) ?? []), toAppLocale(row.locale)]);
  return categories.map((category) => {
    const localized = localizeCategory(category, locale);
    return {
      key: localized.key,
      name: localized.name,
      types: localized.types.map((type) => ({
        key: type.key as TypeKey,
        name: type.name,
        severity: type.severity,
        kind: type.kind,
        mandatory: type.mandatory,
        customized: (customized.get(type.key) ?? []).sort(),
      })),
    };
  });
});

export interface VariableOption {
  path: string;
  label: string;
}

export interface TemplateDetail {
  key: TypeKey;
  name: string;
  description: string;
  categoryKey: string;
  categoryName: string;
  severity: Severity;
  kind: NotificationKind;
  mandatory: boolean;
  sample: unknown;
  /** The variables texts may use, labelled in the reader's language. */
  variables: VariableOption[];
  defaults: Record<AppLocale, TypeCopy>;
  overrides: Partial<Record<AppLocale, OverrideDto & { updatedByName: string | null }>>;
}

/** One type for the preview page; null when the key is not in the catalog. */
export async function getTemplateDetail(
  viewer: Reader,
  { key, locale }: { key: string; locale: AppLocale },
  db: DbOrTx = defaultDb,
): Promise<TemplateDetail | null> {
  authorize(viewer, STAFF);
  return templateDetail(key, locale, db);
}

const templateDetail = cache(
  async (key: string, locale: AppLocale, db: DbOrTx): Promise<TemplateDetail | null> => {
    if (!isTypeKey(key)) return null;
    const definition = findType(key);
    const category = definition && findCategory(definition.categoryKey);
    if (!definition || !category) return null;
    const type = localizeType(definition, locale);
    const overrides = await listOverrides(db, key);
    const editorIds = [
      ...new Set(overrides.map((override) => override.updatedById).filter((id): id is string => Boolean(id))),
    ];
    const editors = await db.user.findMany({
      where: { id: { in: editorIds } },
      select: { id: true, name: true },
    });
    const names = new Map(editors.map((editor) => [editor.id, editor.name]));
    const copy = copyFor(locale);
    const variables: VariableOption[] = [
      { path: RECIPIENT_NAME, label: copy.fields[RECIPIENT_NAME] ?? RECIPIENT_NAME },
      ...variablesOf(payloadSchemas[key]).map((variable) => ({
        path: variable.path,
        label: variableLabel(copy, variable) ?? variable.path,
      })),
    ];
    return {
      key,
      name: type.name,
      description: type.description,
      categoryKey: category.key,
      categoryName: localizeCategory(category, locale).name,
      severity: type.severity,
      kind: type.kind,
      mandatory: type.mandatory,
      sample: samplePayloads[key],
      variables,
      defaults: Object.fromEntries(locales.map((each) => [each, copyFor(each).types[key]])) as Record<
        AppLocale,
        TypeCopy
      >,
      overrides: Object.fromEntries(
        overrides.map((override) => [
          override.locale,
          {
            ...override,
            updatedByName: override.updatedById ? (names.get(override.updatedById) ?? null) : null,
          },
        ]),
      ),
    };
  },
);
