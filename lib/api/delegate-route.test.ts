import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { delegateRoute } from "./delegate-route";

const request = (path: string) => new NextRequest(`http://localhost${path}`);

describe("delegateRoute", () => {
  it("turns the library's plain-text refusal (next-auth's unknown action) into the typed error shape", async () => {
    const route = delegateRoute("test", async () => new Response("Bad request.", { status: 400 }));
    const response = await route(request("/api/auth/x"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: "Bad request." } });
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
