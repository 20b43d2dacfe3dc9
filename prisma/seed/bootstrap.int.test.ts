import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/tests/fakes/isolated-database";
import { seedOptionsFromEnv } from "./bootstrap";
import { seed } from "./index";

let isolated: IsolatedDatabase | undefined;
afterEach(async () => {
  await isolated?.drop();
  isolated = undefined;
});

const production = {
  HERALD_DEMO_DATA: "false",
  HERALD_ADMIN_EMAIL: "SecOps.Lead@Bank.example",
  HERALD_ADMIN_PASSWORD: "a-long-enough-passphrase",
};

describe("seedOptionsFromEnv", () => {
  it("seeds the demo unless told otherwise", () => {
    expect(seedOptionsFromEnv({})).toEqual({ demo: true });
    expect(seedOptionsFromEnv({ HERALD_DEMO_DATA: "true" })).toEqual({ demo: true });
  });

  it("names the variable at fault", () => {
    expect(() => seedOptionsFromEnv({ HERALD_DEMO_DATA: "no" })).toThrow(
      "HERALD_DEMO_DATA must be true or false",
    );
    expect(() => seedOptionsFromEnv({ ...production, HERALD_ADMIN_PASSWORD: "short" })).toThrow(
      "HERALD_ADMIN_PASSWORD must be 12 to 256 characters",
    );
    expect(() => seedOptionsFromEnv({ ...production, HERALD_ADMIN_EMAIL: "not-an-address" })).toThrow(
      "HERALD_ADMIN_EMAIL must be an e-mail address",
    );
  });
});

describe("seed without demo data", () => {
  it("creates only the first administrator the environment names, once", async () => {
    isolated = await createIsolatedDatabase("herald_bootstrap");
    const options = seedOptionsFromEnv(production);
    await expect(seed(isolated.url, () => {}, options)).resolves.toEqual({ seeded: true });
    const users = await isolated.db.user.findMany({ omit: { passwordHash: false } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({
      email: "secops.lead@bank.example",
      role: "ADMIN",
      name: "Administrator",
    });
    expect(await verifyPassword(users[0]!.passwordHash, production.HERALD_ADMIN_PASSWORD)).toBe(true);
    expect(await isolated.db.group.count()).toBe(0);
    expect(await isolated.db.delivery.count()).toBe(0);
    expect(await isolated.db.notificationType.count()).toBe(101);

    await expect(seed(isolated.url, () => {}, options)).resolves.toEqual({ seeded: false });
    expect(await isolated.db.user.count()).toBe(1);
  });

  it("refuses an empty database with no administrator named, and writes no user", async () => {
    isolated = await createIsolatedDatabase("herald_bootstrap");
    await expect(
      seed(isolated.url, () => {}, seedOptionsFromEnv({ HERALD_DEMO_DATA: "false" })),
    ).rejects.toThrow("set HERALD_ADMIN_EMAIL and HERALD_ADMIN_PASSWORD");
    expect(await isolated.db.user.count()).toBe(0);
  });
});
