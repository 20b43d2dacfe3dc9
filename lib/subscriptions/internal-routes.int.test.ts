import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { subscribe } from "./testing";

// The session is the only thing faked: routes, services and database are the real ones.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const subjectRoute = await import("@/app/api/internal/subscriptions/[kind]/[id]/route");
const preferencesRoute = await import("@/app/api/internal/subscriptions/[kind]/[id]/preferences/route");
const bulkRoute = await import("@/app/api/internal/subscriptions/bulk/route");
const meRoute = await import("@/app/api/internal/subscriptions/me/route");

async function signIn(role: Viewer["role"]) {
  const user = await createUser(testDb(), { role });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
  return user;
}

function request(method: string, body?: unknown) {
  return new NextRequest("http://localhost/api/internal/subscriptions/x", {
    method,
    headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const params = (kind: string, id: string) => ({ params: Promise.resolve({ kind, id }) });
const toggle = { target: { categoryKey: "devices" }, subscribed: true, mode: "IMMEDIATE" };

describe("/api/internal/subscriptions", () => {
  it("lets an admin toggle, an auditor read, and refuses users and auditors writing (403, nothing changes)", async () => {
    const target = await createUser(testDb());
    for (const role of ["USER", "AUDITOR"] as const) {
      await signIn(role);
      expect((await subjectRoute.PUT(request("PUT", toggle), params("user", target.id))).status).toBe(403);
      expect(
        (
          await preferencesRoute.PUT(
            request("PUT", { typeKey: "devices.connectivity-lost", muted: true }),
            params("user", target.id),
          )
        ).status,
      ).toBe(403);
    }
    expect(await testDb().subscription.count({ where: { userId: target.id } })).toBe(0);
    expect((await subjectRoute.GET(request("GET"), params("user", target.id))).status).toBe(200); // auditor reads

    await signIn("USER");
    expect((await subjectRoute.GET(request("GET"), params("user", target.id))).status).toBe(403);

    await signIn("ADMIN");
    const response = await subjectRoute.PUT(request("PUT", toggle), params("user", target.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ subscriptions: [{ categoryKey: "devices", mode: "IMMEDIATE" }] });
    expect((await subjectRoute.PUT(request("PUT", toggle), params("robot", target.id))).status).toBe(404);
    expect(
      (await subjectRoute.PUT(request("PUT", { ...toggle, mode: "HOURLY" }), params("user", target.id)))
        .status,
    ).toBe(400);
    const mandatory = await preferencesRoute.PUT(
      request("PUT", { typeKey: "certificates.expiration-alert-today", muted: true }),
      params("user", target.id),
    );
    expect(mandatory.status).toBe(409);
  });

  it("streams a bulk change's progress and result", async () => {
    await signIn("ADMIN");
    const members = await Promise.all(Array.from({ length: 3 }, () => createUser(testDb())));
    const group = await createGroup(
      testDb(),
      undefined,
      members.map((m) => m.id),
    );
    const response = await bulkRoute.POST(
      request("POST", {
        operation: "subscribe",
        recipients: { kind: "group-members", groupId: group.id },
        targets: [{ categoryKey: "devices" }],
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const events = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string });
    expect(events.at(0)).toEqual({ type: "progress", done: 0, total: 3 });
    expect(events.at(-1)).toEqual({
      type: "done",
      result: { recipients: 3, created: 3, updated: 0, removed: 0 },
    });
    const refused = await bulkRoute.POST(
      request("POST", {
        operation: "subscribe",
        recipients: { kind: "user", ids: [members[0]?.id] },
        targets: [{ categoryKey: "nope" }],
      }),
      { params: Promise.resolve({}) },
    );
    expect(refused.status).toBe(404);
  });

  it("lets anyone change their own notifications, except mandatory ones", async () => {
    const me = await signIn("USER");
    const group = await createGroup(testDb(), undefined, [me.id]);
    await subscribe(testDb(), { groupId: group.id }, { categoryKey: "certificates" });
    const mute = await meRoute.PATCH(
      request("PATCH", { typeKey: "certificates.revocation", receive: false }),
      { params: Promise.resolve({}) },
    );
    expect(mute.status).toBe(200);
    expect(
      ((await mute.json()) as { delivery: { delivered: boolean; muted: boolean } }).delivery,
    ).toMatchObject({ delivered: false, muted: true });
    const locked = await meRoute.PATCH(
      request("PATCH", { typeKey: "certificates.expiration-alert-today", receive: false }),
      { params: Promise.resolve({}) },
    );
    expect(locked.status).toBe(409);
    // English for people, the key for the UI to translate.
    expect(((await locked.json()) as { error: { message: string; key: string } }).error).toMatchObject({
      key: "mandatoryTypeLocked",
      message: expect.stringMatching(/^This notification is required/),
    });
  });
});
