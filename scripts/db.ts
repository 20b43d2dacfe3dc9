// npm run db:migrate | db:seed | db:migration -- <name>
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "../lib/db/local";
import { migrate } from "../lib/db/migrate";
import { diffSchemas } from "../lib/db/schema-diff";

const SCHEMA = "prisma/schema.prisma";
const SNAPSHOT = "prisma/migrations/schema.prisma.snapshot";

async function main() {
  const [command, name] = process.argv.slice(2);
  const db = await openDatabase(console.log);
  try {
    if (command === "migrate") {
      const applied = await migrate(db.url);
      console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
    } else if (command === "seed") {
      await migrate(db.url);
      const { seed } = await import("../prisma/seed/index");
      await seed(db.url, console.log);
    } else if (command === "create-migration") {
      if (!name || !/^[a-z0-9_]+$/.test(name))
        throw new Error("Usage: npm run db:migration -- <snake_case_name>");
      const previous = existsSync(SNAPSHOT) ? await readFile(SNAPSHOT, "utf8") : null;
      const current = await readFile(SCHEMA, "utf8");
      const sql = await diffSchemas(db.url, previous, current);
      if (!sql.trim() || sql.trim() === "-- This is an empty migration.") {
        console.log("The schema has not changed since the last migration.");
        return;
      }
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const dir = path.join("prisma/migrations", `${stamp}_${name}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "migration.sql"), sql);
      await writeFile(SNAPSHOT, current);
      console.log(
        `Created ${dir}/migration.sql — review it, add what Prisma cannot express (CHECK constraints, extra indexes), then run npm run db:migrate.`,
      );
    } else {
      throw new Error("Usage: tsx scripts/db.ts migrate | seed | create-migration <name>");
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
