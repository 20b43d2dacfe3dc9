// The catalog API: its zod schemas (which validate requests and document them in the OpenAPI
// document alike), its operations, and the mapping from the catalog definitions to the API's shape.
// No server-only: pure data over the in-code catalog.
import { z } from "zod";
import { categories, findCategory, findType } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType, searchCatalog } from "@/lib/catalog/localize";
import { notificationKinds, severities, type NotificationTypeDefinition } from "@/lib/catalog/types";
import { defaultLocale, locales, type AppLocale } from "@/lib/i18n/locales";
import { isTypeKey, payloadSchema, samplePayloads } from "@/lib/templates/payloads";
import { defineOperation } from "./types";

const categoryKeys = categories.map((category) => category.key) as [string, ...string[]];

const localeParam = z
  .enum(locales)
  .default(defaultLocale)
  .meta({ description: "Language of names and descriptions.", examples: ["pt-BR"] });

export const catalogQuerySchema = z.object({
  category: z
    .enum(categoryKeys)
    .optional()
    .meta({ description: "Only types of this category.", examples: ["certificates"] }),
  severity: z.enum(severities).optional().meta({ description: "Only types of this severity." }),
  kind: z.enum(notificationKinds).optional().meta({ description: "Only types of this kind." }),
  mandatory: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true"))
    .meta({
      description:
        "Only mandatory types (`true`: recipients cannot opt out) or only optional ones (`false`).",
    }),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({
      description:
        "Search words, matched case- and accent-insensitively against names, descriptions and keys in every language.",
      examples: ["certificate expiration"],
    }),
  locale: localeParam,
});
export type CatalogQuery = z.output<typeof catalogQuerySchema>;

export const catalogTypeParamsSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: "The notification type's key.", examples: ["certificates.expiration-alert-30d"] }),
});
export const catalogTypeQuerySchema = z.object({ locale: localeParam });

const categoryRefSchema = z
  .object({
    key: z.string().meta({ examples: ["certificates"] }),
    name: z.string().meta({ examples: ["Certificates"] }),
  })
  .meta({ id: "CatalogCategoryRef", description: "The category a type belongs to." });

export const catalogTypeSchema = z
  .object({
    key: z.string().meta({
      description: "Stable identifier, `<category>.<type>`.",
      examples: ["certificates.expiration-alert-30d"],
    }),
    category: categoryRefSchema,
    name: z.string(),
    description: z.string(),
    severity: z.enum(severities),
    kind: z.enum(notificationKinds),
    mandatory: z.boolean().meta({ description: "Security-critical: recipients cannot opt out." }),
  })
  .meta({ id: "CatalogType", description: "A notification type Herald can send." });
export type CatalogTypeDto = z.output<typeof catalogTypeSchema>;

export const catalogCategorySchema = z
  .object({ key: z.string(), name: z.string(), description: z.string(), typeCount: z.int().nonnegative() })
  .meta({ id: "CatalogCategory", description: "A category of notification types." });
export type CatalogCategoryDto = z.output<typeof catalogCategorySchema>;

export const catalogListSchema = z.object({
  data: z
    .array(catalogTypeSchema)
    .meta({ description: "The matching types: name matches first, then catalog order." }),
  categories: z.array(catalogCategorySchema).meta({ description: "Every category, in catalog order." }),
});
export const catalogTypeDetailSchema = catalogTypeSchema
  .extend({
    payloadSchema: z.record(z.string(), z.unknown()).meta({
      description:
        "JSON Schema (draft 2020-12) of the `payload` POST /events takes for this type: what it must hold, " +
        "field by field, with the limits Herald enforces.",
    }),
    samplePayload: z
      .record(z.string(), z.unknown())
      .meta({ description: "A valid payload of this type (what the previews and test sends use)." }),
  })
  .meta({ id: "CatalogTypeDetail", description: "A notification type with the payload its events carry." });
export const catalogTypeResponseSchema = z.object({ data: catalogTypeDetailSchema });

const jsonSchemas = new Map<string, Record<string, unknown>>();

/** The type's payload schema as JSON Schema, built once per type. */
function payloadJsonSchema(key: string): Record<string, unknown> {
  let schema = jsonSchemas.get(key);
  if (!schema) {
    if (!isTypeKey(key)) return {};
    schema = z.toJSONSchema(payloadSchema(key), { io: "input", unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
    jsonSchemas.set(key, schema);
  }
  return schema;
}

export function toCatalogTypeDto(type: NotificationTypeDefinition, locale: AppLocale): CatalogTypeDto {
  const localized = localizeType(type, locale);
  const category = findCategory(type.categoryKey);
  const categoryName = category ? localizeCategory(category, locale).name : type.categoryKey;
  return {
    key: localized.key,
    category: { key: type.categoryKey, name: categoryName },
    name: localized.name,
    description: localized.description,
    severity: localized.severity,
    kind: localized.kind,
    mandatory: localized.mandatory,
  };
}

export function listCatalog(query: CatalogQuery): z.output<typeof catalogListSchema> {
  const types = searchCatalog(query.q ?? "", query.locale, {
    categoryKey: query.category,
    severity: query.severity,
    kind: query.kind,
    mandatory: query.mandatory,
  });
  return {
    data: types.map((type) => toCatalogTypeDto(type, query.locale)),
    categories: categories.map((category) => {
      const localized = localizeCategory(category, query.locale);
      return {
        key: category.key,
        name: localized.name,
        description: localized.description,
        typeCount: category.types.length,
      };
    }),
  };
}

export function getCatalogType(
  key: string,
  locale: AppLocale,
): z.output<typeof catalogTypeDetailSchema> | null {
  const type = findType(key);
  if (!type || !isTypeKey(type.key)) return null;
  return {
    ...toCatalogTypeDto(type, locale),
    payloadSchema: payloadJsonSchema(type.key),
    samplePayload: samplePayloads[type.key] as Record<string, unknown>,
  };
}

export const catalogOperations = [
  defineOperation({
    id: "listCatalog",
    method: "get",
    path: "/catalog",
    tag: "Catalog",
    summary: "List notification types",
    description:
      "Every notification type Herald can send, filtered and searched, with the categories they belong to.",
    scope: "catalog:read",
    query: catalogQuerySchema,
    response: catalogListSchema,
    errors: [400, 401, 403, 429],
  }),
  defineOperation({
    id: "getCatalogType",
    method: "get",
    path: "/catalog/{key}",
    tag: "Catalog",
    summary: "Get one notification type",
    description:
      "The type with the JSON Schema of its events' `payload` and a valid sample: what POST /events needs to " +
      "send one.",
    scope: "catalog:read",
    pathParams: catalogTypeParamsSchema,
    query: catalogTypeQuerySchema,
    response: catalogTypeResponseSchema,
    errors: [400, 401, 403, 404, 429],
  }),
] as const;
