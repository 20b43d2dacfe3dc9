import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { dropDatabase, ensureDatabase } from "./embedded";
import { migrate, readMigrations } from "./migrate";

const runUrl = new URL(inject("databaseUrl"));
const adminUrl = new URL(runUrl);
adminUrl.pathname = "/postgres";
const name = `herald_migrate_${randomBytes(4).toString("hex")}`;
const url = new URL(runUrl);
url.pathname = `/${name}`;

async function query<T extends pg.QueryResultRow>(sql: string) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrate", () => {
  beforeAll(() => ensureDatabase(adminUrl.toString(), name));
  afterAll(() => dropDatabase(adminUrl.toString(), name));

  it("applies every migration once even when two instances start together, recording Prisma's checksums", async () => {
    const migrations = await readMigrations();
    const [first, second] = await Promise.all([migrate(url.toString()), migrate(url.toString())]);
    expect([...first, ...second].sort()).toEqual(migrations.map((m) => m.name));

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const row of rows) {
      const sql = readFileSync(`prisma/migrations/${row.migration_name}/migration.sql`);
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
    }
    expect(await migrate(url.toString())).toEqual([]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const migrations = await readMigrations();
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(url.toString(), edited)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration completely and records nothing", async () => {
    const migrations = await readMigrations();
    const broken = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE "half" (id int); SELECT 1/0;`,
      checksum: "f".repeat(64),
    };
    await expect(migrate(url.toString(), [...migrations, broken])).rejects.toThrow(
      /99999999999999_broken failed/,
    );
    expect(await query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half'`)).toHaveLength(0);
    expect(
      await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`),
    ).toHaveLength(0);
  });
});
