// What tests/entry-points.int.test.ts checks, as pure functions over a module's exports, so the checks
// themselves can be shown to fail (tests/entry-points.test.ts) on what they are meant to catch.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { entryPointOf, type EntryPointMarker } from "@/lib/api/entry-point";
import type { ApiOperation } from "@/lib/api/operations/types";

export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Files below `dir` (relative to the repository root) whose name passes `accept`. */
export async function walk(dir: string, accept: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && accept(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A route file's URL path in OpenAPI form: app/api/v1/users/[id]/route.ts → /api/v1/users/{id}. */
export function routePath(file: string): string {
  const dir = path.dirname(file.split(path.sep).join("/")).replace(/^app/, "");
  return dir
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment)) // route groups are not part of the URL
    .map((segment) => segment.replace(/^\[\.\.\.(.+)\]$/, "{$1}").replace(/^\[(.+)\]$/, "{$1}"))
    .join("/");
}

/** The wrapper kind each part of the URL space must use. */
function expectedKind(urlPath: string): EntryPointMarker["kind"] | null {
  if (urlPath.startsWith("/api/v1/")) return "api";
  if (urlPath.startsWith("/api/internal/")) return "session";
  if (urlPath.startsWith("/api/auth/")) return "delegated";
  if (urlPath.startsWith("/unsubscribe/")) return "token";
  return null;
}

export const API_PREFIX = "/api/v1";

/**
 * Problems with one route module: an HTTP method exported unwrapped or by the wrong kind of wrapper,
 * or (under /api/v1) one whose operation is not the registry's for this path and method, or whose
 * enforced scope differs from the documented one.
 */
export function routeProblems(
  file: string,
  exports: Record<string, unknown>,
  registry: readonly ApiOperation[],
): string[] {
  const problems: string[] = [];
  const urlPath = routePath(file);
  const kind = expectedKind(urlPath);
  for (const [name, value] of Object.entries(exports)) {
    if (!(HTTP_METHODS as readonly string[]).includes(name)) continue;
    const marker = entryPointOf(value);
    if (!marker) {
      problems.push(`${file}: ${name} is not built by a route wrapper`);
      continue;
    }
    if (kind && marker.kind !== kind) {
      problems.push(`${file}: ${name} is built by a "${marker.kind}" wrapper, expected "${kind}"`);
    }
    if (marker.kind !== "api") continue;
    const operation = registry.find((entry) => entry.id === marker.operationId);
    const documentedPath = `${API_PREFIX}${operation?.path ?? ""}`;
    if (!operation) {
      problems.push(`${file}: ${name} uses operation "${marker.operationId}", missing from the registry`);
    } else if (operation.method.toUpperCase() !== name || documentedPath !== urlPath) {
      problems.push(
        `${file}: ${name} ${urlPath} serves "${operation.id}", documented as ${operation.method.toUpperCase()} ${documentedPath}`,
      );
    } else if (operation.scope !== marker.scope) {
      problems.push(
        `${file}: ${name} enforces scope ${String(marker.scope)}, the document says ${String(operation.scope)}`,
      );
    }
  }
  return problems;
}

/** Registry operations no route serves: `served` holds "METHOD /api/v1/path" of every wrapped export. */
export function undocumentedOrUnserved(
  registry: readonly ApiOperation[],
  served: ReadonlySet<string>,
): string[] {
  return registry
    .map((operation) => `${operation.method.toUpperCase()} ${API_PREFIX}${operation.path}`)
    .filter((key) => !served.has(key))
    .map((key) => `${key} is documented in the registry but no route serves it`);
}

/** Problems with one "use server" module: any export that is not a marked action. */
export function actionProblems(file: string, exports: Record<string, unknown>): string[] {
  return Object.entries(exports).flatMap(([name, value]) => {
    const marker = entryPointOf(value);
    if (marker?.kind === "action") return [];
    if (marker?.kind === "public-action" && marker.reason.trim().length > 0) return [];
    return [`${file}: ${name} is not built by authedAction/authedFormAction (or a justified public action)`];
  });
}

/** Whether a source file is a server-action module (its first statement is the "use server" directive). */
export async function isServerActionModule(file: string): Promise<boolean> {
  const source = await readFile(file, "utf8");
  return /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(source);
}
