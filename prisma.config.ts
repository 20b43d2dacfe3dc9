import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI insists on a native schema-engine binary that cannot be downloaded here.
// `generate`, `validate` and `format` never run it, so any executable satisfies the check;
// migrations are applied by scripts/db.ts (see docs/migrations.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/herald" },
});
