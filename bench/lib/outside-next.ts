// Imported first by the benches that load Herald's server modules outside Next.js (with `await
// import(…)` after it: static imports are resolved before this hook exists). "server-only" resolves to
// its empty module, and lib/env.ts finds the two variables it requires: each bench starts a database
// of its own and signs nothing.
import { register } from "node:module";

register("./server-only.mjs", import.meta.url);
process.env.DATABASE_URL ??= "postgresql://bench-uses-its-own-database/none";
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
