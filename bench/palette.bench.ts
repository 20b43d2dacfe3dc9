// The command palette's directory search over 25,000 users, 250 groups and 1,000 contacts.
//   npx tsx bench/palette.bench.ts     (or: npm run bench -- palette)
// Creates a fresh database on an embedded PostgreSQL (.data/bench-palette, port 54378), fills it
// set-based (names from 40 first names × 40 surnames, accents included, and one rare name that sorts
// last), then times, per query, the search the palette now makes (lib/search/palette/directory.ts: the
// best 20 rows of each kind from PostgreSQL's trigram indexes, reranked by the tolerant matcher) against
// the one it replaced in the same run (every user, group and contact by name, up to 5,000 of each,
// ranked in memory), with the rows each reads and whether each finds the rare name.
import { register } from "node:module";
import type { Database } from "@/lib/db/client";
import { loadAverage, machineLine, runBench, withBenchDatabase } from "./lib/bench-database";
import { summary, time } from "./lib/stats";

register("./lib/server-only.mjs", import.meta.url);
process.env.DATABASE_URL ??= "postgresql://bench-uses-its-own-database/none";
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
const { rankByQuery } = await import("@/lib/search/match");
const { wordsOf } = await import("@/lib/search/normalize");
const { searchDirectory } = await import("@/lib/search/palette/directory");

const USERS = 25_000;
const GROUPS = 250;
const CONTACTS = 1_000;
const RUNS = 15;
const WARM_UP = 3;
/** What the replaced search loaded of each kind. */
const OLD_LIMIT = 5_000;
const RARE = { name: "Zuleica Yamamoto", email: "zuleica.yamamoto@bank.test" };
const FIRST = ["Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gabriela", "Heitor", "Isabela", "João"]
  .concat(["Mariana", "Pedro", "Luíza", "Rafael", "Sofia", "Thiago", "Vitória", "Wagner", "Yasmin", "Zé"])
  .concat(["Otávio", "Renata", "Sérgio", "Tânia", "Ulisses", "Valéria", "Wellington", "Xavier", "Érica"])
  .concat(["Ângela", "Joaquim", "Helena", "Miguel", "Beatriz", "Gustavo", "Larissa", "Leonardo", "Camila"])
  .concat(["Matheus", "Júlia"]);
const LAST = ["Silva", "Souza", "Costa", "Santos", "Oliveira", "Pereira", "Lima", "Carvalho", "Almeida"]
  .concat(["Ribeiro", "Gonçalves", "Araújo", "Fernandes", "Rodrigues", "Gomes", "Martins", "Rocha"])
  .concat(["Barbosa", "Melo", "Cardoso", "Nascimento", "Teixeira", "Moreira", "Correia", "Mendes"])
  .concat(["Freitas", "Vieira", "Monteiro", "Castro", "Dias", "Nunes", "Moura", "Brandão", "Azevedo"])
  .concat(["Cavalcanti", "Pinto", "Ramos", "Lopes", "Macedo", "Falcão"]);
const QUERIES = [
  "a", // one letter: most of the directory matches
  "ana",
  "joao silva",
  "goncalves jul",
  "brandão",
  "team 12",
  "beatrz", // misspelt
  "zuleica", // the rare name, past the first 5,000 by name
  "zuleika yamamoto", // the same, misspelt
];

interface Row {
  kind: "user" | "group" | "contact";
  id: string;
  name: string;
  email: string | null;
}
const wordsOfRow = (row: Row) => ({
  primary: wordsOf([row.name]),
  secondary: row.email === null ? [] : wordsOf([row.email]),
});

async function fill(db: Database) {
  await db.$executeRaw`
    INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
    SELECT uuidv7(), 'u' || n || '@bank.test', f || ' ' || l, 'x', now()
    FROM generate_series(1, ${USERS - 1}::int) n,
         LATERAL (SELECT (${FIRST}::text[])[1 + abs(hashint4(n)::bigint) % ${FIRST.length}::int] AS f,
                         (${LAST}::text[])[1 + abs(hashint4(n + 77777)::bigint) % ${LAST.length}::int] AS l) names`;
  await db.user.create({ data: { ...RARE, passwordHash: "x" } });
  await db.$executeRaw`
    INSERT INTO "Group" (id, name, "updatedAt")
    SELECT uuidv7(), 'Team ' || lpad(n::text, 3, '0'), now() FROM generate_series(1, ${GROUPS}::int) n`;
  await db.$executeRaw`
    INSERT INTO "Contact" (id, email, name, "updatedAt")
    SELECT uuidv7(), 'desk' || n || '@partner.test', 'Desk ' || (${LAST}::text[])[1 + n % ${LAST.length}::int] || ' ' || n, now()
    FROM generate_series(1, ${CONTACTS}::int) n`;
  await db.$executeRaw`ANALYZE "User", "Group", "Contact"`;
}

/** The search the palette made before: everything by name, up to 5,000 of each kind, ranked here. */
async function inMemory(db: Database, query: string) {
  const byName = { orderBy: [{ name: "asc" as const }, { id: "asc" as const }], take: OLD_LIMIT };
  const [users, groups, contacts] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true }, ...byName }),
    db.group.findMany({ select: { id: true, name: true }, ...byName }),
    db.contact.findMany({ select: { id: true, name: true, email: true }, ...byName }),
  ]);
  const rows: Row[] = [
    ...users.map((u) => ({ kind: "user" as const, ...u })),
    ...groups.map((g) => ({ kind: "group" as const, ...g, email: null })),
    ...contacts.map((c) => ({ kind: "contact" as const, ...c })),
  ];
  return { rows, ranked: rankByQuery(query, rows, wordsOfRow) };
}

/** The palette's search now: PostgreSQL's best rows of each kind, ranked here. */
async function inDatabase(db: Database, query: string) {
  const { rows, knownWords } = await searchDirectory(db, query, () => false);
  return { rows, ranked: rankByQuery(query, rows, wordsOfRow, knownWords) };
}

async function measure(db: Database, search: typeof inMemory, query: string) {
  for (let i = 0; i < WARM_UP; i++) await search(db, query);
  const samples: number[] = [];
  let last: Awaited<ReturnType<typeof inMemory>> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const [ms, result] = await time(() => search(db, query));
    samples.push(ms);
    last = result;
  }
  return {
    ...summary(samples),
    rows: last!.rows.length,
    bytes: JSON.stringify(last!.rows).length,
    last: last!,
  };
}

runBench(async () => {
  console.log(`${machineLine()}; load ${loadAverage()}`);
  await withBenchDatabase({ dataDir: ".data/bench-palette", port: 54378, max: 4 }, async (db) => {
    await fill(db);
    console.log(
      `${USERS} users, ${GROUPS} groups, ${CONTACTS} contacts; ${RUNS} runs per query after ${WARM_UP}`,
    );
    console.log(
      "\n| query | before: median ms (p95) | rows read | KB | now: median ms (p95) | rows read | KB | same top 6 | rare name found before / now |",
    );
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const query of QUERIES) {
      const before = await measure(db, inMemory, query);
      const now = await measure(db, inDatabase, query);
      const top = (r: typeof before) =>
        r.last.ranked
          .filter(({ item }) => item.kind === "user")
          .slice(0, 6)
          .map(({ item }) => item.id);
      const finds = (r: typeof before) => r.last.ranked.some(({ item }) => item.name === RARE.name);
      const ms = (r: typeof before) => `${r.median.toFixed(1)} (${r.p95.toFixed(1)})`;
      console.log(
        `| ${query} | ${ms(before)} | ${before.rows} | ${(before.bytes / 1024).toFixed(0)} | ${ms(now)} | ${now.rows} | ` +
          `${(now.bytes / 1024).toFixed(1)} | ${JSON.stringify(top(before)) === JSON.stringify(top(now)) ? "yes" : "no"} | ` +
          `${finds(before) ? "yes" : "no"} / ${finds(now) ? "yes" : "no"} |`,
      );
    }
    console.log(`\nload ${loadAverage()}`);
  });
});
