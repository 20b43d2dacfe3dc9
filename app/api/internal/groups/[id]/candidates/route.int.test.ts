import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

// The session is the only thing faked: route, query and database are the real ones.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const { GET } = await import("./route");

async function signIn(role: Viewer["role"]) {
  const user = await createUser(testDb(), { role });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
}

const get = (groupId: string, query: string) =>
  GET(new NextRequest(`http://localhost/api/internal/groups/${groupId}/candidates${query}`), {
    params: Promise.resolve({ id: groupId }),
  });

describe("GET /api/internal/groups/{id}/candidates", () => {
  it("lists matching active users for an administrator, flagging members", async () => {
    const tag = randomUUID().slice(0, 8);
    const member = await createUser(testDb(), { name: `Member ${tag}` });
    const outsider = await createUser(testDb(), { name: `Outsider ${tag}` });
    const group = await createGroup(testDb(), undefined, [member.id]);
    await signIn("ADMIN");
    const response = await get(group.id, `?q=${tag}`);
    expect(response.status).toBe(200);
    const { candidates } = (await response.json()) as { candidates: { id: string; isMember: boolean }[] };
    expect(candidates.map((c) => [c.id, c.isMember]).sort()).toEqual(
      [
        [member.id, true],
        [outsider.id, false],
      ].sort(),
    );
  });

  it("refuses auditors and users (403), unknown ids (404) and control characters (400), never a 500", async () => {
    const group = await createGroup(testDb());
    for (const role of ["AUDITOR", "USER"] as const) {
      await signIn(role);
      expect((await get(group.id, "?q=a")).status).toBe(403);
    }
    await signIn("ADMIN");
    expect((await get("not-a-uuid", "?q=a")).status).toBe(404);
    for (const q of ["%00", "a%00b", "%1B%5B31m"]) {
      const response = await get(group.id, `?q=${q}`);
      expect(response.status, q).toBe(400);
      expect(((await response.json()) as { error: { details: unknown } }).error.details).toEqual({
        q: ["invalidCharacters"],
      });
    }
  });
});
