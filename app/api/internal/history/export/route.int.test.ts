import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { EXPORT_AUDIT_ACTION } from "@/lib/history/export";
import { createTestEvent, insertDeliveries } from "@/lib/history/test-helpers";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

// The session is the only thing faked: route, filters, queries, audit and database are the real ones.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", async (original) => ({
  ...(await original<typeof import("@/lib/auth/viewer")>()),
  getViewer: async () => session.viewer,
}));

const { GET } = await import("./route");

async function signIn(role: Viewer["role"]) {
  const user = await createUser(testDb(), { role });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
  return user;
}

const exportCsv = (query: string) =>
  GET(
    new NextRequest(`http://localhost/api/internal/history/export${query}`, {
      headers: { "x-herald-client-ip": "203.0.113.9", "sec-fetch-site": "same-origin" },
    }),
    { params: Promise.resolve({}) },
  );

const auditOf = (actorId: string) =>
  testDb().auditLog.findMany({
    where: { actorId, action: EXPORT_AUDIT_ACTION },
    select: { targetType: true, ip: true, after: true },
  });

describe("GET /api/internal/history/export", () => {
  it("exports exactly the filtered rows (several statuses) and audits who exported what", async () => {
    const db = testDb();
    const auditor = await signIn("AUDITOR");
    const event = await createTestEvent(db);
    const at = new Date();
    const [failed, bounced] = await insertDeliveries(db, event, [
      { createdAt: at, status: "FAILED" },
      { createdAt: at, status: "BOUNCED" },
      { createdAt: at, status: "SENT" },
    ]);

    const response = await exportCsv(`?event=${event.id}&status=FAILED&status=BOUNCED`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...lines] = (await response.text()).trim().split("\n");
    expect(header).toMatch(/^createdAt,id,status,/);
    expect(lines.map((line) => line.split(",")[1]).sort()).toEqual([failed, bounced].sort());

    expect(await auditOf(auditor.id)).toEqual([
      {
        targetType: "history",
        ip: "203.0.113.9",
        after: {
          format: "csv",
          filters: { event: event.id, status: ["BOUNCED", "FAILED"] },
          rows: "streamed",
        },
      },
    ]);
  });

  it.each([
    ["an unknown status", "?status=BOGUS", "status"],
    ["an unknown status beside a known one", "?status=FAILED&status=BOGUS", "status"],
    ["an impossible day", "?from=2026-13-45", "from"],
    ["an event id that is not one", "?event=12345", "event"],
    ["an unknown type", "?type=no.such-type", "type"],
    ["a day range ending before it starts", "?from=2026-02-01&to=2026-01-01", "to"],
    ["a filter given twice", "?to=2026-01-01&to=2026-02-01", "to"],
  ])("refuses %s with a 400 naming the field, and exports and audits nothing", async (_, query, field) => {
    const admin = await signIn("ADMIN");
    const response = await exportCsv(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: Record<string, string[]> } };
    expect(body.error.code).toBe("BAD_REQUEST");
    // A list's field is named with the index of the value refused ("status.1").
    expect(Object.keys(body.error.details).map((path) => path.split(".")[0])).toEqual([field]);
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("answers a USER with a 403 and audits nothing", async () => {
    const user = await signIn("USER");
    const response = await exportCsv("");
    expect(response.status).toBe(403);
    expect(await auditOf(user.id)).toEqual([]);
  });
});
