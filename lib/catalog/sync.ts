// Writes the catalog defined in code (lib/catalog/definitions.ts) into the Category and
// NotificationType tables, so that subscriptions, preferences and template overrides can reference it.
// Plain Node code, no "server-only": the seed script and the launcher run it outside Next.
//
// One transaction, two statements: INSERT … ON CONFLICT DO UPDATE for the categories, then for the
// types. A row is only rewritten when something differs, so a second run changes nothing. Rows whose
// key is no longer in code are left alone: subscriptions and preferences may still reference them.
import type { Database } from "@/lib/db/client";
import { categories, notificationTypes } from "./definitions";
import { toDbSeverity } from "./types";

export async function syncCatalog(db: Database): Promise<{ categories: number; types: number }> {
  // `position` is the order in the manual: categories among categories, types across the whole
  // catalog (so ordering by position alone lists types in the manual's order, category by category).
  const category = {
    keys: categories.map((c) => c.key),
    names: categories.map((c) => c.name),
    descriptions: categories.map((c) => c.description),
    positions: categories.map((_, i) => i),
  };
  const type = {
    keys: notificationTypes.map((t) => t.key),
    categoryKeys: notificationTypes.map((t) => t.categoryKey),
    names: notificationTypes.map((t) => t.name),
    descriptions: notificationTypes.map((t) => t.description),
    severities: notificationTypes.map((t) => toDbSeverity(t.severity)),
    kinds: notificationTypes.map((t) => t.kind),
    mandatory: notificationTypes.map((t) => t.mandatory),
    restricted: notificationTypes.map((t) => t.restricted),
    positions: notificationTypes.map((_, i) => i),
  };

  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Category" ("key", "name", "description", "position")
      SELECT * FROM unnest(
        ${category.keys}::text[], ${category.names}::text[], ${category.descriptions}::text[],
        ${category.positions}::int[]
      )
      ON CONFLICT ("key") DO UPDATE SET
        "name" = EXCLUDED."name",
        "description" = EXCLUDED."description",
        "position" = EXCLUDED."position"
      WHERE ("Category"."name", "Category"."description", "Category"."position")
        IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."description", EXCLUDED."position")`,
    db.$executeRaw`
      INSERT INTO "NotificationType"
        ("key", "categoryKey", "name", "description", "severity", "kind", "mandatory", "restricted", "position")
      SELECT t.key, t.category_key, t.name, t.description,
             t.severity::"Severity", t.kind::"NotificationKind", t.mandatory, t.restricted, t.position
      FROM unnest(
        ${type.keys}::text[], ${type.categoryKeys}::text[], ${type.names}::text[],
        ${type.descriptions}::text[], ${type.severities}::text[], ${type.kinds}::text[],
        ${type.mandatory}::boolean[], ${type.restricted}::boolean[], ${type.positions}::int[]
      ) AS t(key, category_key, name, description, severity, kind, mandatory, restricted, position)
      ON CONFLICT ("key") DO UPDATE SET
        "categoryKey" = EXCLUDED."categoryKey",
        "name" = EXCLUDED."name",
        "description" = EXCLUDED."description",
        "severity" = EXCLUDED."severity",
        "kind" = EXCLUDED."kind",
        "mandatory" = EXCLUDED."mandatory",
        "restricted" = EXCLUDED."restricted",
        "position" = EXCLUDED."position"
      WHERE ("NotificationType"."categoryKey", "NotificationType"."name", "NotificationType"."description",
             "NotificationType"."severity", "NotificationType"."kind", "NotificationType"."mandatory",
             "NotificationType"."restricted", "NotificationType"."position")
        IS DISTINCT FROM (EXCLUDED."categoryKey", EXCLUDED."name", EXCLUDED."description",
             EXCLUDED."severity", EXCLUDED."kind", EXCLUDED."mandatory", EXCLUDED."restricted",
             EXCLUDED."position")`,
  ]);

  return { categories: categories.length, types: notificationTypes.length };
}
