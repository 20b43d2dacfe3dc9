import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/db/client";

export type DemoRole = "admin" | "auditor" | "user";

export function storageStatePath(role: DemoRole) {
  return path.resolve("e2e/.auth", `${role}.json`);
}

export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password|senha/i).fill(password);
  await page.getByRole("button", { name: /sign in|entrar/i }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

let database: Database | undefined;

/** The e2e server's own database (the embedded PostgreSQL the webServer started under .data/e2e). */
export function e2eDb(): Database {
  if (!database) {
    const password = readFileSync(".data/e2e/postgres.password", "utf8").trim();
    database = createPrismaClient(
      `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:54349/herald`,
      { max: 2 },
    );
  }
  return database;
}

/**
 * Writes 53 audit entries (a page of 50 and three more) with the action `<prefix>.row` and targets
 * row-00 … row-52, one a second from `start` (ms), or two a second with `twoPerSecond`;
 * with `diff`, the first carries a before and after.
 */
export async function seedAuditRows(
  prefix: string,
  start: number,
  options: { twoPerSecond?: boolean; diff?: boolean } = {},
) {
  await e2eDb().auditLog.createMany({
    data: Array.from({ length: 53 }, (_, i) => ({
      actorLabel: "e2e",
      action: `${prefix}.row`,
      targetType: "e2e",
      targetId: `row-${String(i).padStart(2, "0")}`,
      before: options.diff && i === 0 ? { note: "before" } : undefined,
      after: options.diff && i === 0 ? { note: "after" } : undefined,
      createdAt: new Date(start + (options.twoPerSecond ? Math.floor(i / 2) : i) * 1000),
    })),
  });
}
