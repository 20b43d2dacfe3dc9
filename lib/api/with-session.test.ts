import { NextRequest, NextResponse } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { entryPointOf } from "./entry-point";

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));

const { withSession } = await import("./with-session");

function person(role: Viewer["role"]): Viewer {
  return {
    id: "0190a0a0-0000-7000-8000-000000000001",
    email: "ana@example.test",
    name: "Ana",
    role,
    locale: "en",
    timeZone: "UTC",
    digestHour: 8,
    sessionVersion: 1,
    disabledAt: null,
  };
}

const route = { params: Promise.resolve({}) };
const ok = withSession({ roles: ["ADMIN", "AUDITOR"] }, async ({ viewer: who, actor }) =>
  NextResponse.json({ id: who.id, actor: actor.label }),
);

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; details?: unknown } }).error;
}

describe("withSession", () => {
  beforeEach(() => {
    viewer.current = null;
  });

  it("answers 401 JSON without a session", async () => {
    const response = await ok(new NextRequest("http://localhost/api/internal/x"), route);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("UNAUTHORIZED");
  });

  it("answers 403 JSON to a role that is not allowed", async () => {
    viewer.current = person("USER");
    const response = await ok(new NextRequest("http://localhost/api/internal/x"), route);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("FORBIDDEN");
  });

  it("runs the handler for an allowed role, with the viewer as the audit actor", async () => {
    viewer.current = person("AUDITOR");
    const response = await ok(new NextRequest("http://localhost/api/internal/x"), route);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: viewer.current.id, actor: "Ana <ana@example.test>" });
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("maps AppError to its status and anything else to a 500 with a request id", async () => {
    viewer.current = person("ADMIN");
    const invalid = withSession({}, async () => {
      throw new AppError("BAD_REQUEST", "checkFields", { name: ["required"] });
    });
    const response = await invalid(new NextRequest("http://localhost/api/internal/x"), route);
    expect(response.status).toBe(400);
    // English for people reading the response, the key (and keyed details) for the UI to translate.
    expect(await errorOf(response)).toEqual({
      code: "BAD_REQUEST",
      message: "Check the highlighted fields.",
      key: "checkFields",
      details: { name: ["required"] },
    });

    const broken = withSession({}, async () => {
      throw new Error("database down");
    });
    vi.spyOn(log, "error").mockImplementation(() => {});
    const failed = await broken(new NextRequest("http://localhost/api/internal/x"), route);
    expect(failed.status).toBe(500);
    expect((await errorOf(failed)).message).toMatch(/^Internal error \(request [0-9a-f-]{36}\)$/);
  });

  it("refuses a cross-site write before reading the session", async () => {
    viewer.current = person("ADMIN");
    const write = withSession({}, async () => new Response(null, { status: 204 }));
    const crossSite = new NextRequest("http://herald.local/api/internal/x", {
      method: "POST",
      headers: { origin: "https://evil.example", host: "herald.local" },
    });
    expect((await write(crossSite, route)).status).toBe(403);
    const sameSite = new NextRequest("http://herald.local/api/internal/x", {
      method: "POST",
      headers: { origin: "http://herald.local", host: "herald.local" },
    });
    expect((await write(sameSite, route)).status).toBe(204);
  });
});

describe("withSession parsing", () => {
  beforeEach(() => {
    viewer.current = person("AUDITOR");
  });

  const search = withSession(
    { roles: ["ADMIN", "AUDITOR"], query: z.object({ q: z.string().max(10, "tooLong").default("") }) },
    async ({ query }) => ({ q: query.q }),
  );

  it("hands the handler the parsed query and sends a plain result as JSON", async () => {
    const response = await search(new NextRequest("http://localhost/api/internal/x?q=ana"), route);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ q: "ana" });
  });

  it.each(["%00", "a%01b", "%1F", "ok&other=%00"])(
    "refuses control characters in the query (%s) with a 400",
    async (q) => {
      const handler = vi.fn(async () => ({}));
      const guarded = withSession({}, handler);
      const response = await guarded(new NextRequest(`http://localhost/api/internal/x?q=${q}`), route);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe("BAD_REQUEST");
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it("refuses NUL bytes and lone surrogates anywhere in a JSON body, naming the field", async () => {
    const handler = vi.fn(async () => ({}));
    const post = withSession({ body: z.object({ name: z.string(), tags: z.array(z.string()) }) }, handler);
    const cases = [
      { body: '{"name":"a\\u0000b","tags":[]}', field: "name" },
      { body: '{"name":"ok","tags":["\\ud800"]}', field: "tags.0" },
    ];
    for (const { body, field } of cases) {
      const response = await post(
        new NextRequest("http://localhost/api/internal/x", {
          method: "POST",
          headers: { origin: "http://localhost", host: "localhost", "content-type": "application/json" },
          body,
        }),
        route,
      );
      expect(response.status).toBe(400);
      expect((await errorOf(response)).details).toEqual({ [field]: ["invalidCharacters"] });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 404 for path params that fail their schema and 400 for malformed JSON", async () => {
    const byId = withSession({ params: z.object({ id: z.uuid() }) }, async ({ params }) => ({
      id: params.id,
    }));
    const missing = await byId(new NextRequest("http://localhost/api/internal/x"), {
      params: Promise.resolve({ id: "not-a-uuid" }),
    });
    expect(missing.status).toBe(404);
    const post = withSession({ body: z.object({}) }, async () => ({}));
    const malformed = await post(
      new NextRequest("http://localhost/api/internal/x", {
        method: "POST",
        headers: { origin: "http://localhost", host: "localhost", "content-type": "application/json" },
        body: "{not json",
      }),
      route,
    );
    expect(malformed.status).toBe(400);
  });

  it("marks the handler as a session entry point with its roles", () => {
    expect(entryPointOf(search)).toEqual({ kind: "session", roles: ["ADMIN", "AUDITOR"] });
  });
});
