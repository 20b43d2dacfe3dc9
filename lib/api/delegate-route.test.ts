import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { delegateRoute } from "./delegate-route";

const request = (path: string) => new NextRequest(`http://localhost${path}`);

describe("delegateRoute", () => {
  it("turns the library's untyped refusal (next-auth's unknown action: a bare JSON string) into the typed error shape", async () => {
    for (const refusal of [
      Response.json("Bad request.", { status: 400 }), // what @auth/core answers /api/auth/x
      new Response("Bad request.", { status: 400 }),
    ]) {
      const response = await delegateRoute("test", async () => refusal)(request("/api/auth/x"));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: "Bad request." } });
    }
    const typed = Response.json({ error: { code: "FORBIDDEN", message: "no" } }, { status: 403 });
    const kept = await delegateRoute("test", async () => typed)(request("/api/auth/y"));
    expect(await kept.json()).toEqual({ error: { code: "FORBIDDEN", message: "no" } });
  });

  it("keeps the status of a refusal whose status has a code, and passes JSON and successes unchanged", async () => {
    const notFound = delegateRoute("test", async () => new Response("", { status: 404 }));
    const answer = await notFound(request("/api/auth/y"));
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");

    const json = Response.json({ csrfToken: "t" });
    const passed = await delegateRoute("test", async () => json)(request("/api/auth/csrf"));
    expect(await passed.json()).toEqual({ csrfToken: "t" });
    const html = new Response("<html></html>", { status: 200, headers: { "content-type": "text/html" } });
    expect(await (await delegateRoute("test", async () => html)(request("/api/auth/signin"))).text()).toBe(
      "<html></html>",
    );
  });
});
