// The catalog in the reader's language, and search over it. Pure (no server-only, no database): the
// settings UI searches on the client, the API searches on the server, both through this module.
import type { AppLocale } from "@/lib/i18n/locales";
import { notificationTypes } from "./definitions";
import { matchWords, planQuery, Vocabulary } from "@/lib/search/match";
import { tokenize } from "@/lib/search/normalize";
import { ptBR, type CatalogTranslation } from "./translations/pt-BR";
import type { CategoryDefinition, NotificationKind, NotificationTypeDefinition, Severity } from "./types";

const translations: Partial<Record<AppLocale, CatalogTranslation>> = { "pt-BR": ptBR };

/** A copy of the category (and of its types) with names and descriptions in `locale`. */
export function localizeCategory(category: CategoryDefinition, locale: AppLocale): CategoryDefinition {
  const text = translations[locale]?.categories[category.key];
  return {
    ...category,
    name: text?.name ?? category.name,
    description: text?.description ?? category.description,
    types: category.types.map((type) => localizeType(type, locale)),
  };
}

/** A copy of the type with name and description in `locale` (English, the manual's own text, as fallback). */
export function localizeType(
  type: NotificationTypeDefinition,
  locale: AppLocale,
): NotificationTypeDefinition {
  const text = translations[locale]?.types[type.key];
  return { ...type, name: text?.name ?? type.name, description: text?.description ?? type.description };
}

export interface CatalogSearchFilters {
  categoryKey?: string;
  severity?: Severity;
  kind?: NotificationKind;
  mandatory?: boolean;
}

/** Lower case, accents stripped ("Expiração" → "expiracao"), split on anything but letters and digits. */
export { tokenize };

interface SearchEntry {
  type: NotificationTypeDefinition;
  /** Words of the type's names, in every language. */
  nameWords: string[];
  /** Words of descriptions (every language) and key. */
  otherWords: string[];
}

let index: { entries: SearchEntry[]; vocabulary: Vocabulary } | undefined;

function searchIndex() {
  index ??= indexCatalog();
  return index;
}

function indexCatalog() {
  const entries: SearchEntry[] = notificationTypes.map((type) => {
    const names = [type.name];
    const descriptions = [type.description];
    for (const translation of Object.values(translations)) {
      const text = translation?.types[type.key];
      if (text) {
        names.push(text.name);
        descriptions.push(text.description);
      }
    }
    const nameWords = [...new Set(names.flatMap(tokenize))];
    const otherWords = [...new Set([...descriptions.flatMap(tokenize), ...tokenize(type.key)])];
    return { type, nameWords, otherWords };
  });
  const vocabulary = new Vocabulary(entries.flatMap((entry) => [...entry.nameWords, ...entry.otherWords]));
  return { entries, vocabulary };
}

/**
 * Types whose names, descriptions (English and every translation) or key match every word of `query`
 * tolerantly (lib/search: accents and case ignored, word prefixes, small misspellings such as
 * "reestablished" for the manual's "Reestabilished"). Types whose names alone match come first, then
 * the rest, then the misspelt matches in the same two groups; catalog order within each group. An
 * empty query returns every type. Matches are found in every language, so that a query in either
 * language finds the type; the results come back localized to `locale` (as `localizeType` gives them;
 * keys, severities and kinds are the definitions' own).
 */
export function searchCatalog(
  query: string,
  locale: AppLocale,
  filters: CatalogSearchFilters = {},
): NotificationTypeDefinition[] {
  const { entries, vocabulary } = searchIndex();
  const tokens = planQuery(query, vocabulary);
  const groups: NotificationTypeDefinition[][] = [[], [], [], []];
  for (const { type, nameWords, otherWords } of entries) {
    if (filters.categoryKey !== undefined && type.categoryKey !== filters.categoryKey) continue;
    if (filters.severity !== undefined && type.severity !== filters.severity) continue;
    if (filters.kind !== undefined && type.kind !== filters.kind) continue;
    if (filters.mandatory !== undefined && type.mandatory !== filters.mandatory) continue;
    const score = matchWords(tokens, { primary: nameWords, secondary: otherWords });
    if (score) groups[score.tier]!.push(localizeType(type, locale));
  }
  return groups.flat();
}
