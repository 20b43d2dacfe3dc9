// Test-time only (reads the sources from disk): which message namespaces the client code reachable
// from a file reads. client-messages.test.ts checks each route segment's list against it.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Files whose namespace is not a literal: what they may read, written by hand. The scan fails on any
 * other non-literal namespace, and on an entry here whose file no longer needs it.
 */
export const DYNAMIC_NAMESPACES: Record<string, readonly string[]> = {
  // CONTEXTS picks "catalog.mandatory" or "subscriptions.mandatory" by the lock's context prop.
  "components/catalog/mandatory-lock.tsx": ["catalog", "subscriptions"],
};

const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its own translations are none of ours
  if (/\.(json|css)$/.test(base)) return null;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const extension of EXTENSIONS) {
    if (existsSync(base + extension)) return base + extension;
  }
  throw new Error(`Cannot resolve "${specifier}" imported by ${path.relative(ROOT, from)}`);
}

interface Parsed {
  directive: "client" | "server" | null;
  imports: string[];
  namespaces: string[];
}

const parsed = new Map<string, Parsed>();

function withoutComments(source: string) {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** The first segment of a key given as a string or template literal (`"common.errors.x"` → common). */
const literalHead = /^\s*["'`]([A-Za-z][\w-]*)[."'`]/;

function namespacesOf(file: string, source: string): string[] {
  const relative = path.relative(ROOT, file);
  // MergeMessages reads its parent's messages only to hand them on, with the route's added.
  if (/\buseMessages\s*\(/.test(source) && relative !== "components/i18n/merge-messages.tsx") {
    throw new Error(`${relative}: useMessages() reads every namespace; pass the messages it needs instead`);
  }
  const found = new Set<string>();
  let dynamic = false;
  for (const call of source.matchAll(/\buseTranslations\s*\(([^)]*)\)/g)) {
    const argument = call[1]!.trim();
    if (argument === "") {
      // Every key carries its namespace: read the first segment of each call of the returned function.
      const binding = source.slice(0, call.index).match(/(?:const|let)\s+(\w+)\s*=\s*$/);
      if (!binding) throw new Error(`${relative}: useTranslations() whose result is not a named constant`);
      const name = binding[1]!;
      for (const use of source.matchAll(new RegExp(`\\b${name}(?:\\.(\\w+))?\\s*\\(`, "g"))) {
        const head = source.slice(use.index + use[0].length).match(literalHead);
        if (!head) throw new Error(`${relative}: ${name}(…) with a key that is not a literal`);
        found.add(head[1]!);
      }
      continue;
    }
    const head = argument.match(literalHead);
    if (head) found.add(head[1]!);
    else dynamic = true;
  }
  const declared = DYNAMIC_NAMESPACES[relative];
  if (dynamic && !declared) {
    throw new Error(
      `${relative}: useTranslations with a non-literal namespace; declare it in DYNAMIC_NAMESPACES`,
    );
  }
  if (declared && !dynamic)
    throw new Error(`${relative}: listed in DYNAMIC_NAMESPACES but reads literals only`);
  for (const namespace of declared ?? []) found.add(namespace);
  return [...found];
}

function parse(file: string): Parsed {
  const cached = parsed.get(file);
  if (cached) return cached;
  const source = withoutComments(readFileSync(file, "utf8"));
  const directive = /^\s*["']use client["']/.test(source)
    ? "client"
    : /^\s*["']use server["']/.test(source)
      ? "server"
      : null;
  const specifiers = [
    // Static imports and re-exports, but not `import type` / `export type` (no code reaches the browser).
    ...[
      ...source.matchAll(
        /(?:^|[;\n])\s*(?:import|export)\s+(?!type\s)(?:[^;"'`]*?\sfrom\s*)?["']([^"']+)["']/g,
      ),
    ].map((match) => match[1]!),
    ...[...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!),
  ];
  const imports = specifiers
    .map((specifier) => resolveImport(file, specifier))
    .filter((file) => file !== null);
  const result = { directive, imports, namespaces: namespacesOf(file, source) } satisfies Parsed;
  parsed.set(file, result);
  return result;
}

/**
 * The namespaces read by client code rendered from `entries`: files marked "use client" and every
 * file they import (which runs in the browser too). Server components' translations come from the
 * request config and are not counted; server actions ("use server") run on the server only.
 */
export function clientNamespaces(entries: readonly string[]): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const { directive, imports, namespaces: own } = parse(file);
    if (directive === "server") return;
    const client = inClient || directive === "client";
    const key = `${client ? "c" : "s"}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) for (const namespace of own) namespaces.add(namespace);
    for (const imported of imports) visit(imported, client);
  };
  for (const entry of entries) visit(path.resolve(ROOT, entry), false);
  return namespaces;
}
