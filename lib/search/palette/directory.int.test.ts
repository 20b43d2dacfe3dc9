import { describe, expect, it } from "vitest";
import type { Transaction } from "@/lib/db/client";
import { testDb } from "@/tests/db";
import { rankByQuery } from "../match";
import { wordsOf } from "../normalize";
import { DIRECTORY_CANDIDATES, searchDirectory } from "./directory";
import { PALETTE_PER_KIND, searchPalette } from "./queries";

const USERS = 25_000;
const FIRST = [
  "Ana",
  "Bruno",
  "Fábio",
  "Gabriela",
  "João",
  "Luíza",
  "Sérgio",
  "Tânia",
  "Érica",
  "Júlia",
  "Otávio",
];
const LAST = ["Silva", "Gonçalves", "Araújo", "Brandão", "Falcão", "Pereira", "Lima", "Moreira", "Cardoso"];

/** 25,000 users ("Júlia Gonçalves", julia.goncalves123@bank.test, …) and a few rare names, in `tx`. */
async function fillDirectory(tx: Transaction) {
  await tx.$executeRaw`
    INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
    SELECT uuidv7(), 'u' || n || '.' || lower(f) || '@bank.test', f || ' ' || l, 'x', now()
    FROM generate_series(1, ${USERS}::int) n,
         LATERAL (SELECT (${FIRST}::text[])[1 + n % ${FIRST.length}::int] AS f,
                         (${LAST}::text[])[1 + (n / 7) % ${LAST.length}::int] AS l) names`;
  await tx.user.createMany({
    data: [
      { name: "Wilhelmina Quaresma", email: "wq@bank.test", passwordHash: "x" },
      { name: "Zoë Ångström", email: "zoe@bank.test", passwordHash: "x" },
    ],
  });
  await tx.group.create({ data: { name: "Plantão Noturno" } });
  await tx.contact.create({ data: { name: "Mesa de Operações", email: "mesa@ops.test" } });
}

interface Person {
  id: string;
  name: string;
  email: string | null;
}
const wordsOfPerson = (p: Person) => ({
  primary: wordsOf([p.name]),
  secondary: p.email === null ? [] : wordsOf([p.email]),
});

/** The reference answer: the tolerant matcher over every user, as the palette ranked before. */
function bestInMemory(query: string, everyone: readonly Person[]) {
  return rankByQuery(query, everyone, wordsOfPerson)
    .slice(0, PALETTE_PER_KIND)
    .map(({ item }) => item.id);
}

/** The palette's answer: the database's few rows, reranked by the same matcher. */
async function bestFromDatabase(tx: Transaction, query: string) {
  const { rows, knownWords } = await searchDirectory(tx, query, () => false);
  const users = rows.filter((row) => row.kind === "user");
  return {
    rows,
    ids: rankByQuery(query, users, wordsOfPerson, knownWords)
      .slice(0, PALETTE_PER_KIND)
      .map(({ item }) => item.id),
  };
}

/** Runs `work` in a transaction that is rolled back: the 25,000 users never reach other tests. */
async function withLargeDirectory(work: (tx: Transaction) => Promise<void>) {
  const rollback = new Error("rollback");
  await testDb()
    .$transaction(
      async (tx) => {
        await fillDirectory(tx);
        await work(tx);
        throw rollback;
      },
      // One snapshot: users other test files add meanwhile cannot make the two answers differ.
      { timeout: 120_000, maxWait: 10_000, isolationLevel: "RepeatableRead" },
    )
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
}

describe("palette directory search at 25,000 users", () => {
  it("answers as the in-memory matcher over every user would, with at most a few rows per kind", async () => {
    await withLargeDirectory(async (tx) => {
      const everyone = await tx.user.findMany({
        select: { id: true, name: true, email: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      expect(everyone.length).toBeGreaterThanOrEqual(USERS);

      const queries = [
        "j", // a letter: most of the directory matches
        "ana",
        "joao silva",
        "JOÃO SÍLVA", // case and accents
        "goncalves jul",
        "brandao",
        "falcão u12", // a name and the start of an e-mail
        "wilhelmna", // misspelt (one letter missing)
        "wilhelmna quaresna",
        "quaresna", // misspelt (one letter wrong)
        "angstrom zoe",
        "nobody-by-this-name",
      ];
      for (const query of queries) {
        const { rows, ids } = await bestFromDatabase(tx, query);
        expect(ids, query).toEqual(bestInMemory(query, everyone));
        for (const kind of ["user", "group", "contact"]) {
          expect(rows.filter((row) => row.kind === kind).length, `${query}: ${kind}`).toBeLessThanOrEqual(
            DIRECTORY_CANDIDATES,
          );
        }
      }
      // The rare names are there to be found, not only agreed upon
      expect((await bestFromDatabase(tx, "wilhelmna quaresna")).ids).toHaveLength(1);
      expect((await bestFromDatabase(tx, "angstrom zoe")).ids).toHaveLength(1);
      expect((await bestFromDatabase(tx, "nobody-by-this-name")).rows).toEqual([]);
    });
  });

  it("finds people, groups and contacts through the palette for staff, and reads no directory for a USER", async () => {
    await withLargeDirectory(async (tx) => {
      const search = (role: "ADMIN" | "USER", q: string) =>
        searchPalette({ role }, { q, locale: "pt-BR", pages: [] }, tx).then(({ items }) => items);

      expect((await search("ADMIN", "wilhelmna quaresma")).filter((i) => i.kind === "user")).toEqual([
        expect.objectContaining({ label: "Wilhelmina Quaresma", detail: "wq@bank.test" }),
      ]);
      expect((await search("ADMIN", "plantao noturno")).filter((i) => i.kind === "group")).toEqual([
        expect.objectContaining({ label: "Plantão Noturno", detail: null }),
      ]);
      expect((await search("ADMIN", "operacoes")).filter((i) => i.kind === "contact")).toEqual([
        expect.objectContaining({ label: "Mesa de Operações", detail: "mesa@ops.test" }),
      ]);
      const silvas = (await search("ADMIN", "silva")).filter((i) => i.kind === "user");
      expect(silvas).toHaveLength(PALETTE_PER_KIND);

      for (const q of ["wilhelmina", "plantao", "silva", "mesa"]) {
        expect(
          (await search("USER", q)).filter((i) => i.kind !== "type" && i.kind !== "page"),
          q,
        ).toEqual([]);
      }
    });
  });
});
