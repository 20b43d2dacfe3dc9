// Runs in each worker before any test file is imported, so lib/env.ts and lib/db see the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
