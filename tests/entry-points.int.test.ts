// Every way into Herald is built by a wrapper: each route handler under app/ and each export of a
// "use server" module carries the marker its wrapper stamps (lib/api/entry-point.ts), and every
// /api/v1 route serves exactly the operation the OpenAPI registry documents, with the same scope.
import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { markEntryPoint } from "@/lib/api/entry-point";
import { apiOperations } from "@/lib/api/operations";
import type { ApiOperation } from "@/lib/api/operations/types";
import {
  actionProblems,
  API_PREFIX,
  HTTP_METHODS,
  isServerActionModule,
  routePath,
  routeProblems,
  undocumentedOrUnserved,
  walk,
} from "./entry-points";

const routeFiles = await walk("app", (name) => /^route\.tsx?$/.test(name));
const sourceFiles = [
  ...(await walk("lib", (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))),
  ...(await walk("app", (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))),
  ...(await walk("components", (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))),
];
const actionFiles: string[] = [];
for (const file of sourceFiles) if (await isServerActionModule(file)) actionFiles.push(file);

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(`@/${file}`)) as Record<string, unknown>;
}

describe("route handlers", () => {
  it("finds the route files, the API's among them", () => {
    expect(routeFiles).toContain("app/api/v1/catalog/route.ts");
    expect(routeFiles).toContain("app/api/internal/subscriptions/search/route.ts");
    expect(routeFiles.filter((file) => file.startsWith("app/api/v1/")).length).toBeGreaterThanOrEqual(5);
  });

  it("are all built by the wrappers, and /api/v1 serves exactly the registry with its scopes", async () => {
    const problems: string[] = [];
    const served = new Set<string>();
    for (const file of routeFiles) {
      const exports = await load(file);
      problems.push(...routeProblems(file, exports, apiOperations));
      for (const name of Object.keys(exports)) {
        if ((HTTP_METHODS as readonly string[]).includes(name) && routePath(file).startsWith(API_PREFIX))
          served.add(`${name} ${routePath(file)}`);
      }
    }
    problems.push(...undocumentedOrUnserved(apiOperations, served));
    expect(problems).toEqual([]);
  });
});

describe("server actions", () => {
  it("finds the action modules", () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining(["lib/users/actions.ts", "lib/auth/actions.ts", "lib/groups/actions.ts"]),
    );
  });

  it("export only functions built by authedAction/authedFormAction or a justified public wrapper", async () => {
    const problems: string[] = [];
    for (const file of actionFiles) problems.push(...actionProblems(file, await load(file)));
    expect(problems).toEqual([]);
  });
});

describe("the checks themselves", () => {
  const operation: ApiOperation = {
    id: "listThings",
    method: "get",
    path: "/things",
    tag: "Things",
    summary: "List things",
    scope: "catalog:read",
    response: z.object({}),
    errors: [],
  };
  const apiMarked = (scope: ApiOperation["scope"], operationId = "listThings") =>
    markEntryPoint(async () => NextResponse.json({}), {
      kind: "api",
      operationId,
      method: "GET",
      path: "/things",
      scope,
    });

  it("flag an unwrapped handler and a wrapper of the wrong kind", () => {
    const bare = async () => NextResponse.json({});
    expect(routeProblems("app/api/internal/things/route.ts", { GET: bare }, [])).toEqual([
      "app/api/internal/things/route.ts: GET is not built by a route wrapper",
    ]);
    const session = markEntryPoint(bare, { kind: "session", roles: null });
    expect(routeProblems("app/api/v1/things/route.ts", { GET: session }, [operation])).toEqual([
      'app/api/v1/things/route.ts: GET is built by a "session" wrapper, expected "api"',
    ]);
  });

  it("flag a scope differing from the document, an unknown operation, a wrong path and an unserved one", () => {
    const file = "app/api/v1/things/route.ts";
    expect(routeProblems(file, { GET: apiMarked("catalog:read") }, [operation])).toEqual([]);
    expect(routeProblems(file, { GET: apiMarked("subscriptions:write") }, [operation])).toEqual([
      `${file}: GET enforces scope subscriptions:write, the document says catalog:read`,
    ]);
    expect(routeProblems(file, { GET: apiMarked("catalog:read", "nope") }, [operation])).toHaveLength(1);
    expect(
      routeProblems("app/api/v1/other/route.ts", { GET: apiMarked("catalog:read") }, [operation]),
    ).toHaveLength(1);
    expect(routeProblems(file, { POST: apiMarked("catalog:read") }, [operation])).toHaveLength(1);
    expect(undocumentedOrUnserved([operation], new Set())).toEqual([
      "GET /api/v1/things is documented in the registry but no route serves it",
    ]);
  });

  it("flag an action export that no wrapper built, or a public one without a reason", () => {
    const bare = async () => ({});
    expect(actionProblems("lib/x/actions.ts", { doAction: bare })).toHaveLength(1);
    expect(
      actionProblems("lib/x/actions.ts", {
        publicOne: markEntryPoint(bare, { kind: "public-action", reason: " " }),
      }),
    ).toHaveLength(1);
    expect(
      actionProblems("lib/x/actions.ts", { ok: markEntryPoint(bare, { kind: "action", roles: null }) }),
    ).toEqual([]);
  });

  it("map route files to URL paths", () => {
    expect(routePath("app/api/v1/users/[id]/subscriptions/route.ts")).toBe(
      "/api/v1/users/{id}/subscriptions",
    );
    expect(routePath("app/api/auth/[...nextauth]/route.ts")).toBe("/api/auth/{nextauth}");
    expect(routePath("app/(admin)/x/route.ts")).toBe("/x");
  });
});
