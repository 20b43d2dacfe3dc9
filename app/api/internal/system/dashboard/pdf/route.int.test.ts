import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { DASHBOARD_PDF_TYPE } from "@/lib/system/dashboard/download";
import { pdfText } from "@/lib/system/dashboard/pdf/testing";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

// The session is the only thing faked: route, queries, PDF, dispatch pipeline and database are the real ones.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const { GET } = await import("./route");

async function signIn(role: Viewer["role"], spec: { timeZone?: string } = {}) {
  const user = await createUser(testDb(), { role, ...spec });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
  return user;
}

const download = (query = "", headers: Record<string, string> = {}) =>
  GET(
    new NextRequest(`http://localhost/api/internal/system/dashboard/pdf${query}`, {
      headers: { "x-herald-client-ip": "203.0.113.7", "sec-fetch-site": "same-origin", ...headers },
    }),
    { params: Promise.resolve({}) },
  );

/** The download events naming this user (the payload's username is their e-mail). */
const eventsNaming = (email: string) =>
  testDb().event.findMany({
    where: { typeKey: DASHBOARD_PDF_TYPE, payload: { path: ["user", "username"], equals: email } },
    select: { id: true, payload: true, origin: true, recipientCount: true },
  });

describe("GET /api/internal/system/dashboard/pdf", () => {
  it("sends an administrator the PDF and fires exactly one download notification naming them, audited", async () => {
    const db = testDb();
    // A subscriber of the type: the pipeline must queue them a delivery of the event.
    const subscriber = await createUser(db);
    await db.subscription.create({ data: { userId: subscriber.id, typeKey: DASHBOARD_PDF_TYPE } });
    const admin = await signIn("ADMIN", { timeZone: "America/Sao_Paulo" });

    const response = await download("?hours=6");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="herald-system-dashboard-\d{4}-\d{2}-\d{2}-\d{4}\.pdf"$/,
    );
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");
    const text = pdfText(pdf);
    expect(text).toContain("Herald system dashboard");
    expect(text).toContain(`Downloaded by ${admin.name} <${admin.email}>`);
    expect(text).toContain("(America/Sao_Paulo)");

    const events = await eventsNaming(admin.email);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.origin).toBe("SYSTEM");
    expect(event!.payload).toMatchObject({
      user: { name: admin.name, username: admin.email },
      dashboard: "System dashboard",
      origin: { ip: "203.0.113.7" },
    });
    expect(
      await db.delivery.count({ where: { eventId: event!.id, userId: subscriber.id, status: "QUEUED" } }),
    ).toBe(1);
    const audit = await db.auditLog.findMany({
      where: { actorId: admin.id, action: "system-dashboard.download" },
      select: { ip: true, after: true },
    });
    expect(audit).toEqual([
      {
        ip: "203.0.113.7",
        after: expect.objectContaining({ format: "pdf", hours: 6, eventId: event!.id }),
      },
    ]);
  });

  it("fires one notification per download, for auditors too", async () => {
    const auditor = await signIn("AUDITOR");
    expect((await download()).status).toBe(200);
    expect((await download()).status).toBe(200);
    expect(await eventsNaming(auditor.email)).toHaveLength(2);
  });

  it("refuses users, cross-site navigations and bad windows without notifying anything", async () => {
    const user = await signIn("USER");
    expect((await download()).status).toBe(403);
    expect(await eventsNaming(user.email)).toHaveLength(0);

    const admin = await signIn("ADMIN");
    expect((await download("", { "sec-fetch-site": "cross-site" })).status).toBe(403);
    for (const query of ["?hours=0", "?hours=169", "?hours=abc", "?hours=%00"]) {
      const response = await download(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("BAD_REQUEST");
    }
    expect(await eventsNaming(admin.email)).toHaveLength(0);

    session.viewer = null;
    expect((await download()).status).toBe(401);
  });
});
