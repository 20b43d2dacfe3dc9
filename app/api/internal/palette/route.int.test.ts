import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createTestEvent } from "@/lib/history/test-helpers";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PaletteItem } from "@/lib/search/palette/types";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

// The session is the only thing faked: route, query and database are the real ones.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const { GET } = await import("./route");

async function signIn(role: Viewer["role"], locale: AppLocale = "en") {
  const user = await createUser(testDb(), { role, locale });
  session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;
}

async function search(query: string) {
  const response = await GET(new NextRequest(`http://localhost/api/internal/palette${query}`), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: (await response.json()) as { items: PaletteItem[] } };
}

const items = async (q: string) => {
  const { status, body } = await search(`?q=${encodeURIComponent(q)}`);
  expect(status).toBe(200);
  return body.items;
};

describe("GET /api/internal/palette", () => {
  it("finds users, groups, contacts and types for an admin, misspelt and in Portuguese", async () => {
    const tag = randomUUID().slice(0, 8);
    const user = await createUser(testDb(), { name: `Wilhelmina ${tag}`, email: `w-${tag}@example.test` });
    const group = await createGroup(testDb(), `Plantão ${tag}`);
    const contact = await testDb().contact.create({
      data: { name: `Mesa ${tag}`, email: `mesa-${tag}@example.test` },
    });
    await signIn("ADMIN", "pt-BR");

    const byUser = await items(`wilhelmna ${tag}`);
    expect(byUser).toContainEqual({
      kind: "user",
      id: user.id,
      label: user.name,
      detail: user.email,
      at: null,
      href: `/users/${user.id}`,
    });
    expect((await items(`plantao ${tag}`)).map((i) => i.href)).toEqual([`/groups/${group.id}`]);
    expect((await items(`mesa-${tag}`)).map((i) => i.href)).toEqual([`/contacts/${contact.id}`]);

    const expiry = await items("certificado expiracao hoje");
    expect(expiry[0]).toMatchObject({
      kind: "type",
      id: "certificates.expiration-alert-today",
      label: "Alerta de expiração de certificado: hoje",
      detail: "Certificados",
      href: "/catalog/certificates.expiration-alert-today",
    });
    // English names find it too, labelled in the viewer's language
    expect((await items("reestablished"))[0]).toMatchObject({
      kind: "type",
      id: "devices.connectivity-restored",
      label: "Conectividade restabelecida",
    });
    // pages by their name in either language
    expect((await items("auditoria")).map((i) => i.href)).toContain("/audit");
    expect((await items("audit log")).map((i) => i.href)).toContain("/audit");
  });

  it("finds recent events by their type's name, and lists them for an empty query", async () => {
    const event = await createTestEvent(testDb(), "monitoring.cpu-critical");
    await signIn("AUDITOR");
    const found = await items("cpu critcal");
    expect(found).toContainEqual(
      expect.objectContaining({
        kind: "event",
        id: event.id,
        href: `/events/${event.id}`,
        label: "CPU Usage - Critical",
      }),
    );
    const first = await items("");
    expect(first.filter((i) => i.kind === "event").map((i) => i.id)).toContain(event.id);
    expect(first.filter((i) => i.kind === "page").map((i) => i.href)).toEqual(
      expect.arrayContaining(["/catalog", "/users", "/audit", "/me/notifications"]),
    );
    // an auditor sees only what their role may open
    expect(first.map((i) => i.href)).not.toContain("/dispatch");
  });

  it("offers a USER only their pages and the types, never people or events", async () => {
    const tag = randomUUID().slice(0, 8);
    await createUser(testDb(), { name: `Visible ${tag}` });
    await createGroup(testDb(), `Visible ${tag}`);
    await createTestEvent(testDb(), "monitoring.cpu-critical");
    await signIn("USER");

    expect(await items(`visible ${tag}`)).toEqual([]);
    const empty = await items("");
    expect(empty.map((i) => i.href).sort()).toEqual(["/me", "/me/notifications"]);
    for (const q of ["cpu", "users", "catalog", "audit", "notifications", "senha"]) {
      for (const item of await items(q)) {
        expect(["page", "type"], `${q}: ${item.href}`).toContain(item.kind);
        expect(item.href, q).toMatch(/^\/me(\/notifications(#me-[a-z-]+)?)?$/);
      }
    }
    expect((await items("cpu critical"))[0]).toMatchObject({
      kind: "type",
      href: "/me/notifications#me-monitoring",
    });
  });

  it("refuses the signed-out (401) and control characters (400), cuts long queries, never a 500", async () => {
    session.viewer = null;
    expect((await search("?q=a")).status).toBe(401);
    await signIn("ADMIN");
    for (const q of ["%00", "a%00b", "%1B%5B31m"]) {
      const response = await search(`?q=${q}`);
      expect(response.status, q).toBe(400);
    }
    expect((await search(`?q=${"x".repeat(5_000)}`)).status).toBe(200);
    expect((await search("?q=a&q=b")).status).toBeLessThan(500);
    expect((await search("?q=%F0%9F%94%A5%20%E2%80%AE")).status).toBeLessThan(500);
  });
});
