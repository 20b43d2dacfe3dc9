// Whether `.next` was built from the current sources: a fingerprint of every file the build reads.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const stampFile = ".next/herald-build-stamp";
const roots = ["app", "components", "lib", "emails", "messages", "public", "generated"];
const files = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts"];

function fingerprint(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child));
    } else if (!/\.(test|int\.test)\.tsx?$/.test(entry)) {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  [...roots, ...files].forEach(visit);
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return (
    existsSync(".next/BUILD_ID") && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint()
  );
}

export function writeBuildStamp() {
  writeFileSync(stampFile, fingerprint());
}
