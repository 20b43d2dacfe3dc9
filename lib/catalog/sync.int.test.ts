import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { categories, notificationTypes } from "./definitions";
import { syncCatalog } from "./sync";

// The run's database was synced once by tests/global-setup.ts.
describe("syncCatalog", () => {
  it("holds exactly the code's catalog, in the manual's order", async () => {
    const db = testDb();
    const rows = await db.notificationType.findMany({ orderBy: { position: "asc" } });
    expect(rows.map((row) => row.key)).toEqual(notificationTypes.map((type) => type.key));
    expect(await db.category.count()).toBe(categories.length);
    const certificate = rows.find((row) => row.key === "certificates.expiration-alert-30d");
    expect(certificate).toMatchObject({
      name: "Certificate expiration alert: 30 days",
      categoryKey: "certificates",
    });
  });

  it("is idempotent: a second and third run rewrite no row", async () => {
    const db = testDb();
    const versions = () =>
      db.$queryRaw<
        { key: string; xmin: string }[]
      >`SELECT key, xmin::text FROM "NotificationType" ORDER BY key`;
    const before = await versions();
    await syncCatalog(db);
    await syncCatalog(db);
    expect(await versions()).toEqual(before);
    expect(await db.notificationType.count()).toBe(101);
  });

  it("puts back a row changed outside the code", async () => {
    const db = testDb();
    const key = "monitoring.cpu-critical";
    await db.notificationType.update({
      where: { key },
      data: { name: "tampered", severity: "LOW", restricted: true },
    });
    await syncCatalog(db);
    expect(await db.notificationType.findUniqueOrThrow({ where: { key } })).toMatchObject({
      name: "CPU Usage - Critical",
      severity: "CRITICAL",
      mandatory: true,
      restricted: false,
    });
  });

  it("stores each type's severity (upper case) and restricted flag as the code defines them", async () => {
    const rows = await testDb().notificationType.findMany({
      select: { key: true, severity: true, restricted: true },
    });
    const stored = new Map(rows.map((row) => [row.key, row]));
    for (const type of notificationTypes) {
      expect(stored.get(type.key)).toEqual({
        key: type.key,
        severity: type.severity.toUpperCase(),
        restricted: type.restricted,
      });
    }
    expect(rows.filter((row) => row.restricted).length).toBe(
      notificationTypes.filter((type) => type.restricted).length,
    );
    expect(stored.get("user-behavior.excessive-views")?.restricted).toBe(true);
    expect(stored.get("certificates.revocation")?.restricted).toBe(false);
  });
});
