import { describe, expect, it } from "vitest";
import { seedSubscriptions } from "@/prisma/seed/subscriptions";
import { createGroup } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

describe("seedSubscriptions", () => {
  it("subscribes the demo groups and contacts, and is idempotent", async () => {
    const db = testDb();
    const soc = await createGroup(db, "Security Operations");
    const first = await seedSubscriptions(db);
    const again = await seedSubscriptions(db);
    expect(first.subscriptions).toBeGreaterThanOrEqual(3);
    expect(again.subscriptions).toBe(0);
    const categories = await db.subscription.findMany({
      where: { groupId: soc.id },
      select: { categoryKey: true },
      orderBy: { categoryKey: "asc" },
    });
    expect(categories.map((s) => s.categoryKey)).toEqual(["command-audit", "monitoring", "user-behavior"]);
    expect(
      await db.contact.count({
        where: { email: { in: ["soc-oncall@bank.example", "pam-review@external-audit.example"] } },
      }),
    ).toBe(2);
  });
});
