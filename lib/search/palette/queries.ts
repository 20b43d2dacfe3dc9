import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { ALL, authorize, hasRole, STAFF, type Reader } from "@/lib/auth/roles";
import { findCategory, notificationTypes } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { locales, type AppLocale } from "@/lib/i18n/locales";
import enNav from "@/messages/en/nav.json";
import ptNav from "@/messages/pt-BR/nav.json";
import { rankByQuery, Vocabulary, type SearchWords } from "../match";
import { wordsOf } from "../normalize";
import { searchDirectory, type DirectoryRow } from "./directory";
import type { PaletteItem, PaletteKind, PaletteResults } from "./types";

/** A page of the navigation, as components/shell/nav-items.ts declares it. */
export interface PalettePage {
  href: string;
  /** Key in the "nav" messages. */
  label: string;
  /** Key in "nav.areas". */
  area: string;
  roles: readonly Role[];
}

/** Results shown per kind of thing. */
export const PALETTE_PER_KIND = 6;
/** Recent events shown for an empty query. */
export const PALETTE_RECENT_SHOWN = 5;
/** How many of the latest events are searched. */
export const PALETTE_EVENTS_SEARCHED = 200;

const navMessages: Record<AppLocale, { areas: Record<string, string> } & Record<string, unknown>> = {
  en: enNav,
  "pt-BR": ptNav,
};

function navText(locale: AppLocale, key: string): string {
  const text = navMessages[locale][key];
  return typeof text === "string" ? text : key;
}

interface Candidate {
  item: PaletteItem;
  words: SearchWords;
}

const entry = (
  kind: PaletteKind,
  id: string,
  label: string,
  detail: string | null,
  href: string,
  words: SearchWords,
  at: Date | null = null,
): Candidate => ({ item: { kind, id, label, detail, at: at?.toISOString() ?? null, href }, words });

function pageCandidates(viewer: { role: Role }, pages: readonly PalettePage[], locale: AppLocale) {
  return pages
    .filter((page) => hasRole(viewer, page.roles))
    .map((page) =>
      entry(
        "page",
        page.href,
        navText(locale, page.label),
        navMessages[locale].areas[page.area] ?? null,
        page.href,
        { primary: wordsOf(locales.map((l) => navText(l, page.label))), secondary: wordsOf([page.href]) },
      ),
    );
}

/** Every type; staff open its catalog page, anyone else their own settings for its category. */
function typeCandidates(staff: boolean, locale: AppLocale) {
  return notificationTypes.map((type) => {
    const category = findCategory(type.categoryKey);
    const href = staff ? `/catalog/${type.key}` : `/me/notifications#me-${type.categoryKey}`;
    return entry(
      "type",
      type.key,
      localizeType(type, locale).name,
      category ? localizeCategory(category, locale).name : null,
      href,
      { primary: wordsOf(locales.map((l) => localizeType(type, l).name)), secondary: wordsOf([type.key]) },
    );
  });
}

function directoryCandidate({ kind, id, name, email }: DirectoryRow): Candidate {
  const href = { user: `/users/${id}`, group: `/groups/${id}`, contact: `/contacts/${id}` }[kind];
  return entry(kind, id, name, email, href, {
    primary: wordsOf([name]),
    secondary: email === null ? [] : wordsOf([email]),
  });
}

async function eventCandidates(db: DbOrTx, locale: AppLocale, take: number) {
  const events = await db.event.findMany({
    select: { id: true, typeKey: true, source: true, occurredAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return events.map((event) => {
    const type = notificationTypes.find((t) => t.key === event.typeKey);
    const names = type ? locales.map((l) => localizeType(type, l).name) : [event.typeKey];
    return entry(
      "event",
      event.id,
      type ? localizeType(type, locale).name : event.typeKey,
      event.source,
      `/events/${event.id}`,
      { primary: wordsOf(names), secondary: wordsOf([event.source ?? "", event.typeKey]) },
      event.occurredAt,
    );
  });
}

/** The best few of each kind, kinds in the order of their best match. */
function topPerKind(items: readonly PaletteItem[], perKind: number): PaletteItem[] {
  const byKind = new Map<PaletteKind, PaletteItem[]>();
  for (const item of items) {
    const list = byKind.get(item.kind) ?? [];
    if (!byKind.has(item.kind)) byKind.set(item.kind, list);
    if (list.length < perKind) list.push(item);
  }
  return [...byKind.values()].flat();
}

/**
 * What the command palette offers for `q`, in the viewer's language: the pages their role may open
 * and every notification type, and for staff also users, groups, contacts and recent events, ranked
 * by the tolerant search (lib/search/match.ts) over their names in every language. An empty query
 * lists the pages (and, for staff, the latest events). Any signed-in person.
 */
export async function searchPalette(
  viewer: Reader & { role: Role },
  { q, locale, pages }: { q: string; locale: AppLocale; pages: readonly PalettePage[] },
  db: DbOrTx = defaultDb,
): Promise<PaletteResults> {
  authorize(viewer, ALL);
  const staff = hasRole(viewer, STAFF);
  const query = q.trim();
  if (!query) {
    const recent = staff ? await eventCandidates(db, locale, PALETTE_RECENT_SHOWN) : [];
    return { items: [...pageCandidates(viewer, pages, locale), ...recent].map((c) => c.item) };
  }
  const pagesAndTypes = [...pageCandidates(viewer, pages, locale), ...typeCandidates(staff, locale)];
  const events = staff ? await eventCandidates(db, locale, PALETTE_EVENTS_SEARCHED) : [];
  // The directory is searched in the database, which returns its best few rows of each kind and which
  // query words start a word anywhere in it: the matcher then tells a misspelling from a known word
  // as if it had seen the whole directory.
  const elsewhere = new Vocabulary(
    [...pagesAndTypes, ...events].flatMap(({ words }) => [...words.primary, ...(words.secondary ?? [])]),
  );
  const directory = staff
    ? await searchDirectory(db, query, (word) => elsewhere.hasPrefix(word))
    : { rows: [], knownWords: [] };
  const candidates = [...pagesAndTypes, ...directory.rows.map(directoryCandidate), ...events];
  const ranked = rankByQuery(query, candidates, (c) => c.words, directory.knownWords).map(
    ({ item }) => item.item,
  );
  return { items: topPerKind(ranked, PALETTE_PER_KIND) };
}
