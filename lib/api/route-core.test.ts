import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { log } from "@/lib/log";
import { buildRoute } from "./route-core";

const route = { params: Promise.resolve({}) };

const post = buildRoute(
  {
    marker: { kind: "session", roles: null },
    logTag: "test-api",
    schemas: { body: z.object({ name: z.string() }) },
    authenticate: async () => ({}),
  },
  async ({ body }) => ({ body }),
);

/** A POST whose body stream fails the way Node's does when the client hangs up mid-body. */
function hungUpRequest(abort: boolean) {
  const controller = new AbortController();
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      stream.enqueue(new TextEncoder().encode('{"name":'));
      if (abort) controller.abort();
      stream.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    },
  });
  return new NextRequest("http://localhost/api/test", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: controller.signal,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

describe("route core: a request the client aborted", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ["with its signal aborted", true],
    ["with only the body stream reset", false],
  ])("is logged at info as aborted, not as a failure (%s)", async (_, abort) => {
    const error = vi.spyOn(log, "error").mockImplementation(() => {});
    const info = vi.spyOn(log, "info").mockImplementation(() => {});
    const response = await post(hungUpRequest(abort), route);
    expect(response.status).toBe(499);
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(
      expect.objectContaining({ area: "test-api" }),
      "request aborted by the client",
    );
  });

  it("still logs any other unexpected error as a failure with a 500", async () => {
    const error = vi.spyOn(log, "error").mockImplementation(() => {});
    const broken = buildRoute(
      { marker: { kind: "session", roles: null }, logTag: "test-api", authenticate: async () => ({}) },
      async () => {
        throw Object.assign(new Error("connection reset by the database"), { code: "ECONNRESET" });
      },
    );
    const response = await broken(new NextRequest("http://localhost/api/test"), route);
    expect(response.status).toBe(500);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ area: "test-api" }), "request failed");
  });
});

describe("route core: the database unavailable", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("answers 503 with Retry-After and the error shape, logged as a warning, not a 500", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const down = buildRoute(
      { marker: { kind: "session", roles: null }, logTag: "test-api", authenticate: async () => ({}) },
      async () => {
        // What Prisma 7 throws through the pg adapter while PostgreSQL restarts.
        throw Object.assign(new Error("Can't reach database server"), {
          code: "P1001",
          meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
        });
      },
    );
    const response = await down(new NextRequest("http://localhost/api/test"), route);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: { code: "SERVICE_UNAVAILABLE" } });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ area: "test-api" }), "database unavailable");
    expect(error).not.toHaveBeenCalled();
  });
});

describe("route core: a JSON body under another Content-Type", () => {
  const handler = vi.fn(async ({ body }: { body: unknown }) => ({ body }));
  const small = buildRoute(
    {
      marker: { kind: "session", roles: null },
      logTag: "test-api",
      schemas: { body: z.object({ name: z.string() }) },
      maxBodyBytes: 64,
      authenticate: async () => ({}),
    },
    handler,
  );
  const send = (body: BodyInit, contentType?: string) =>
    small(
      new NextRequest("http://localhost/api/test", {
        method: "POST",
        headers: contentType === undefined ? {} : { "content-type": contentType },
        body,
      }),
      route,
    );

  afterEach(() => {
    handler.mockClear();
  });

  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["XML", "application/xml"],
    ["an empty type", ""],
    ["JSON in another charset than the UTF-8 it is read as", "application/json; charset=utf-16"],
  ])("is refused with 415 and the error shape: %s", async (_, contentType) => {
    const response = await send('{"name":"a"}', contentType);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: {
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: "The request body must be JSON: send it with 'Content-Type: application/json'",
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("is refused with 415 when no Content-Type is sent at all", async () => {
    // Bytes, unlike a string, get no default type from the Request constructor.
    const response = await send(new TextEncoder().encode('{"name":"a"}'));
    expect(response.status).toBe(415);
    expect(handler).not.toHaveBeenCalled();
  });

  it("is refused before the body is read as JSON: not 400 for broken JSON or NUL, nor 413 past the limit", async () => {
    for (const body of ["{not json", '{"name":"a\\u0000"}', `{"name":"${"x".repeat(1_000)}"}`]) {
      const response = await send(body, "text/plain");
      expect(response.status, body.slice(0, 20)).toBe(415);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "Application/JSON;charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/merge-patch+json",
  ])("accepts %s", async (contentType) => {
    const response = await send('{"name":"a"}', contentType);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ body: { name: "a" } });
  });

  it("still answers 400 for broken JSON sent as JSON", async () => {
    expect((await send("{not json", "application/json; charset=utf-8")).status).toBe(400);
  });
});
