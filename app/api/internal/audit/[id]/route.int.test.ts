import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

// The session is the only thing faked: route, params and database are the real ones.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const { GET } = await import("./route");

async function signIn(role: Viewer["role"] | null) {
  if (!role) {
    session.viewer = null;
    return;
  }
  const user = await createUser(testDb(), { role });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
}

const get = (id: string) =>
  GET(new NextRequest(`http://localhost/api/internal/audit/${encodeURIComponent(id)}`), {
    params: Promise.resolve({ id }),
  });

async function entry() {
  const action = `test-${randomUUID().slice(0, 8)}.update`;
  const row = await testDb().auditLog.create({
    data: {
      actorLabel: "Ana Admin <ana@example.test>",
      action,
      targetType: "user",
      targetId: randomUUID(),
      before: { name: "old", scopes: ["a"] },
      after: { name: "new", scopes: ["a", "b"] },
      ip: "203.0.113.9",
      requestId: randomUUID(),
    },
  });
  return row;
}

describe("GET /api/internal/audit/{id}", () => {
  it("answers one entry in full, before and after included, to administrators and auditors", async () => {
    const row = await entry();
    for (const role of ["ADMIN", "AUDITOR"] as const) {
      await signIn(role);
      const response = await get(row.id.toString());
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("no-store");
      expect(await response.json()).toEqual({
        entry: {
          id: row.id.toString(),
          actorLabel: row.actorLabel,
          action: row.action,
          targetType: "user",
          targetId: row.targetId,
          ip: "203.0.113.9",
          requestId: row.requestId,
          createdAt: row.createdAt.toISOString(),
          before: { name: "old", scopes: ["a"] },
          after: { name: "new", scopes: ["a", "b"] },
        },
      });
    }
  });

  it("refuses users (403) and visitors (401) as JSON, before looking the entry up", async () => {
    const row = await entry();
    await signIn("USER");
    expect((await get(row.id.toString())).status).toBe(403);
    await signIn(null);
    const response = await get(row.id.toString());
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
  });

  it("answers a typed 404 for an id that names no entry or cannot be one, 400 for control characters", async () => {
    await signIn("AUDITOR");
    const ids = [
      "9223372036854775807", // the largest bigint: valid, absent
      "9223372036854775808", // past bigint
      "0",
      "-1",
      "01",
      "1e3",
      "1.5",
      "abc",
      " 1",
      "%00",
      "١٢", // Arabic-Indic digits
      "1".repeat(400),
    ];
    for (const id of ids) {
      const response = await get(id);
      expect(response.status, JSON.stringify(id)).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    for (const id of ["1\u0000", "\u001b[31m1"]) {
      const response = await get(id);
      expect(response.status, JSON.stringify(id)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("BAD_REQUEST");
    }
  });
});
