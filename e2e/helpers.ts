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
