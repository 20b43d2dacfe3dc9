// Creates migration SQL offline with Prisma's own schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm, pinned to match the prisma CLI). The engine diffs two Prisma
// schemas (the snapshot saved with the last migration and the current one), so it needs no shadow
// database; it only insists on a live connection, which any reachable PostgreSQL satisfies.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";

let loaded = false;

async function loadEngine() {
  if (loaded) return;
  // The package is built for bundlers (`import * as wasm from "./x.wasm"`); Node needs it by hand.
  const require = createRequire(import.meta.url);
  const wasmFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), {
    "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports,
  });
  engineModule.__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
  loaded = true;
}

/** SQL that turns a database shaped by `from` (or an empty one) into one shaped by `to`. */
export async function diffSchemas(url: string, from: string | null, to: string): Promise<string> {
  await loadEngine();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }) as never);
  const engine = await engineModule.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
