// The command palette's directory search: the users, groups and contacts whose names (or e-mail
// addresses) match a query, found by PostgreSQL rather than in memory, so that only a few rows per
// kind leave the database however large the directory is. The tolerant matcher (../match.ts) ranks
// what comes back; this module only has to return a set that holds its best answers.
//
// Each row carries its name and e-mail as search text (prisma/migrations/*_palette_directory_search:
// the columns "searchName" and "searchEmail", accents dropped, lower case, words separated by single
// spaces after a leading one) with a trigram index (pg_trgm) on each. A query word matches as
// `LIKE '% word%'` (it starts a word: what the matcher calls exact), or, when it is a misspelling, by
// trigram word similarity (`%>`). As in the matcher, a word counts as misspelt only when it starts no
// word anywhere in what is searched, and only from 5 letters (distance.ts).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";
import { editBudget } from "../distance";
import { tokenize } from "../normalize";

/** Rows asked per kind: the palette shows six; the rest give the matcher room to rerank. */
export const DIRECTORY_CANDIDATES = 20;
/**
 * Trigram word similarity a misspelt word needs (pg_trgm's default, 0.6, misses most one-letter slips in
 * five- to eight-letter words: "beatrz" for "Beatriz" scores 0.71, "maxco" for "Marcos" 0.33). Two
 * letters swapped at the very start of a short word ("amrco") score lower still and are not found.
 */
export const FUZZY_SIMILARITY = 0.3;

export type DirectoryKind = "user" | "group" | "contact";

export interface DirectoryRow {
  kind: DirectoryKind;
  id: string;
  name: string;
  /** Users' and contacts' address; null for groups. */
  email: string | null;
}

export interface DirectoryMatches {
  /** At most DIRECTORY_CANDIDATES of each kind, each kind's best first. */
  rows: DirectoryRow[];
  /** Query words that start a word somewhere in the directory: exact, not misspelt (for the matcher). */
  knownWords: string[];
}

interface Source {
  kind: DirectoryKind;
  table: Prisma.Sql;
  hasEmail: boolean;
}

const sources: Source[] = [
  { kind: "user", table: Prisma.raw(`"User"`), hasEmail: true },
  { kind: "group", table: Prisma.raw(`"Group"`), hasEmail: false },
  { kind: "contact", table: Prisma.raw(`"Contact"`), hasEmail: true },
];

const NAME = Prisma.raw(`"searchName"`);
const EMAIL = Prisma.raw(`"searchEmail"`);

/** The query word as the stored text spells it (the same SQL function made both). */
const searchText = (word: string) => Prisma.sql`herald_search_text(${word})`;
/** `column` has a word starting with `word`. */
const startsWord = (column: Prisma.Sql, word: string) =>
  Prisma.sql`${column} LIKE '%' || ${searchText(word)} || '%'`;
/** `column` has `word` as a whole word. */
const hasWord = (column: Prisma.Sql, word: string) =>
  Prisma.sql`${column} || ' ' LIKE '%' || ${searchText(word)} || ' %'`;
/** `column` has an extent similar to `word` (a misspelling), by FUZZY_SIMILARITY. */
const resembles = (column: Prisma.Sql, word: string) => Prisma.sql`${column} %> ${searchText(word)}`;
const similarity = (column: Prisma.Sql, word: string) =>
  Prisma.sql`word_similarity(${searchText(word)}, ${column})`;

const any = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " OR ") : Prisma.sql`false`);
const all = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`);

function columnsOf(source: Source) {
  return source.hasEmail ? [NAME, EMAIL] : [NAME];
}

/** Which of `words` start a word of some user, group or contact (one round trip, index-backed). */
async function wordsInDirectory(db: DbOrTx, words: readonly string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const checks = words.map((word) =>
    any(
      sources.map(
        (source) =>
          Prisma.sql`EXISTS (SELECT 1 FROM ${source.table} WHERE ${any(columnsOf(source).map((c) => startsWord(c, word)))})`,
      ),
    ),
  );
  const [row] = await db.$queryRaw<{ known: boolean[] }[]>(
    Prisma.sql`SELECT ARRAY[${Prisma.join(checks.map((check) => Prisma.sql`(${check})`))}] AS known`,
  );
  return new Set(words.filter((_, index) => row?.known[index]));
}

/**
 * One kind's best rows, ordered as the matcher would rank them (match.ts `MatchScore`): every word
 * starting a word before any misspelt; names before e-mail; whole words before prefixes; then by name.
 */
function kindQuery(source: Source, exact: readonly string[], fuzzy: readonly string[]) {
  const words = [...exact, ...fuzzy];
  const isFuzzy = new Set(fuzzy);
  const inName = (word: string) => startsWord(NAME, word);
  const inEmail = (word: string) => (source.hasEmail ? startsWord(EMAIL, word) : Prisma.sql`false`);
  const matches = words.map((word) =>
    any([
      ...columnsOf(source).map((column) => startsWord(column, word)),
      ...(isFuzzy.has(word) ? columnsOf(source).map((column) => resembles(column, word)) : []),
    ]),
  );
  const exactEverywhere = all(words.map((word) => Prisma.sql`(${inName(word)} OR ${inEmail(word)})`));
  const inNames = all(
    words.map((word) =>
      isFuzzy.has(word)
        ? Prisma.sql`(${inName(word)} OR (NOT ${inEmail(word)} AND ${resembles(NAME, word)}))`
        : inName(word),
    ),
  );
  const costs = words.map((word) => {
    const emailCases = source.hasEmail
      ? Prisma.sql`WHEN ${hasWord(EMAIL, word)} THEN 0 WHEN ${inEmail(word)} THEN 1`
      : Prisma.empty;
    const similar = source.hasEmail
      ? Prisma.sql`greatest(${similarity(NAME, word)}, ${similarity(EMAIL, word)})`
      : similarity(NAME, word);
    return Prisma.sql`(CASE WHEN ${hasWord(NAME, word)} THEN 0 WHEN ${inName(word)} THEN 1 ${emailCases} ELSE 2 - ${similar} END)`;
  });
  const email = source.hasEmail ? Prisma.raw("email") : Prisma.sql`NULL::text`;
  return Prisma.sql`(
    SELECT ${Prisma.raw(`'${source.kind}'`)} AS kind, id::text AS id, name, ${email} AS email
    FROM ${source.table}
    WHERE ${all(matches.map((match) => Prisma.sql`(${match})`))}
    ORDER BY (CASE WHEN ${exactEverywhere} THEN 0 ELSE 2 END) + (CASE WHEN ${inNames} THEN 0 ELSE 1 END),
             ${Prisma.join(costs, " + ")}, name, id
    LIMIT ${DIRECTORY_CANDIDATES}
  )`;
}

/**
 * The users, groups and contacts that best match `query`: at most DIRECTORY_CANDIDATES of each kind.
 * `isKnownElsewhere` says whether a word starts some word of the rest of what the palette searches
 * (pages, types, events), which makes it exact there too. Callers authorize (staff only).
 */
export async function searchDirectory(
  db: DbOrTx,
  query: string,
  isKnownElsewhere: (word: string) => boolean,
): Promise<DirectoryMatches> {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return { rows: [], knownWords: [] };
  const mayBeMisspelt = words.filter((word) => editBudget(word.length) > 0 && !isKnownElsewhere(word));
  const known = await wordsInDirectory(db, mayBeMisspelt);
  const fuzzy = mayBeMisspelt.filter((word) => !known.has(word));
  const exact = words.filter((word) => !fuzzy.includes(word));
  const statement = Prisma.sql`${Prisma.join(
    sources.map((source) => kindQuery(source, exact, fuzzy)),
    " UNION ALL ",
  )}`;
  const rows =
    fuzzy.length === 0
      ? await db.$queryRaw<DirectoryRow[]>(statement)
      : // Settings for this transaction only: the similarity threshold, and no sequential scan. The
        // planner cannot estimate how many rows `%>` keeps and, over 25,000 users, chose to compute
        // the similarity for every row (0.16 s) instead of asking the indexes (0.06 s).
        await inTransaction(db, async (tx) => {
          await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_SIMILARITY)}, true),
                                    set_config('enable_seqscan', 'off', true)`;
          return tx.$queryRaw<DirectoryRow[]>(statement);
        });
  return { rows, knownWords: exact };
}
