// What the security sweep calls: every HTTP method every app/**/route.ts exports, and every server
// action of the build (its action manifest), each as one request a principal can send. Route modules
// cannot be imported here (they pull in "server-only" and next-auth), so methods and withSession roles
// are read from the source text; the action ids from .next/server/server-reference-manifest.json.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { routeFiles } from "../hostile-routes";

export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

export interface RouteEntry {
  /** "METHOD /pattern", the key of ROUTE_POLICY. */
  key: string;
  method: string;
  pattern: string;
  file: string;
  /** The roles token of `withSession({ roles: X … })` for this export ("ALL" when omitted), if any. */
  sessionRoles?: string;
}

/** The route file of a pattern: /api/v1/catalog/{key} → app/api/v1/catalog/[key]/route.ts. */
function routeFileOf(pattern: string, appDir = "app"): string {
  const segments = pattern.split("/").filter(Boolean);
  const find = (dir: string, rest: string[]): string | null => {
    if (rest.length === 0) {
      const name = readdirSync(dir).find((entry) => /^route\.(ts|tsx|js)$/.test(entry));
      if (name) return path.join(dir, name);
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith("(")) {
        const found = find(full, rest);
        if (found) return found;
      } else if (rest.length && entry.name.replace(/^\[(.+)\]$/, "{$1}") === rest[0]) {
        const found = find(full, rest.slice(1));
        if (found) return found;
      }
    }
    return null;
  };
  const file = find(appDir, segments);
  if (!file) throw new Error(`No route file for ${pattern}`);
  return file;
}

/** The HTTP methods a route module exports, with the withSession roles written for each. */
export function exportedMethods(source: string): { method: string; sessionRoles?: string }[] {
  const found = new Map<string, string | undefined>();
  const declared =
    /export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b\s*(=\s*withSession\(\s*\{([^}]*)\})?/g;
  for (const match of source.matchAll(declared)) {
    const method = match[1] ?? "";
    if (!(HTTP_METHODS as readonly string[]).includes(method)) continue;
    const options = match[3];
    found.set(method, options === undefined ? undefined : (/roles:\s*(\w+)/.exec(options)?.[1] ?? "ALL"));
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of (match[1] ?? "").split(",").map(
      (part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? "",
    )) {
      if ((HTTP_METHODS as readonly string[]).includes(name) && !found.has(name)) found.set(name, undefined);
    }
  }
  return [...found].map(([method, sessionRoles]) => ({ method, ...(sessionRoles ? { sessionRoles } : {}) }));
}

/** Every (route, method) the app serves. */
export function routeEntries(): RouteEntry[] {
  return routeFiles().flatMap((pattern) => {
    const file = routeFileOf(pattern);
    return exportedMethods(readFileSync(file, "utf8")).map(({ method, sessionRoles }) => ({
      key: `${method} ${pattern}`,
      method,
      pattern,
      file,
      ...(sessionRoles ? { sessionRoles } : {}),
    }));
  });
}

export interface ActionEntry {
  /** "file#export", the key of ACTION_POLICY. */
  key: string;
  id: string;
  /** A page whose bundle holds the action (Next runs it there without forwarding). */
  page: string;
}

/** An app page path of a manifest worker: "app/(admin)/users/[id]/edit/page" → "/users/<id>/edit". */
export function pageOfWorker(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? (PLACEHOLDER[segment] ?? "x") : segment));
  return `/${segments.join("/")}`;
}

/** Values for dynamic segments: well-formed, naming nothing that exists. */
export const MISSING_ID = "0190d5a0-0000-7000-8000-00000000dead";
const PLACEHOLDER: Record<string, string> = {
  "[id]": MISSING_ID,
  "[key]": "security-sweep-missing",
  "[token]": "not-a-token",
};

interface Manifest {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
}

/** Every server action of the build, with a page to POST it to (a static page when one holds it). */
export function actionEntries(manifestPath = ".next/server/server-reference-manifest.json"): ActionEntry[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const root = path.basename(process.cwd());
  return Object.entries(manifest.node).map(([id, entry]) => {
    const filename = entry.filename ?? "";
    const file = filename.startsWith(`${root}/`)
      ? filename.slice(root.length + 1)
      : path.relative(process.cwd(), filename);
    const workers = Object.keys(entry.workers);
    // A public page first (the action's own wrapper, not the proxy, then answers a caller without a
    // session), else a page without dynamic segments.
    const worker =
      workers.find((name) => /^app\/\(auth\)\/|^app\/unsubscribe\//.test(name)) ??
      workers.find((name) => !name.includes("[")) ??
      workers[0] ??
      "app/page";
    return { key: `${file}#${entry.exportedName ?? "?"}`, id, page: pageOfWorker(worker) };
  });
}

/** "file#export" for every export of every "use server" module under lib, app and components. */
export function sourceActions(): string[] {
  const found: string[] = [];
  for (const dir of ["lib", "app", "components"]) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const source = readFileSync(file, "utf8");
      if (!/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) continue;
      for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g))
        found.push(`${file}#${match[1]}`);
    }
  }
  return found.sort();
}
