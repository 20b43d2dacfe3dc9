// A module resolve hook for benchmarks that import server modules outside Next.js: "server-only" resolves
// to its empty module (its "react-server" export), as Next and vitest.config.ts do. Nothing else changes.
//   import { register } from "node:module"; register("./lib/server-only.mjs", import.meta.url);
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
