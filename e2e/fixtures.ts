// Playwright fixtures: pages signed in as the demo roles, and fresh users created in the e2e
// database through the same factories the seed uses.
import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { createUser as createUserRow, type UserSpec } from "@/prisma/seed/factories";
import { e2eDb, signInAs, storageStatePath, type DemoRole } from "./helpers";

export const TEST_PASSWORD = "Correct-Horse-Battery-42";

interface Fixtures {
  adminPage: Page;
  auditorPage: Page;
  userPage: Page;
  /** Creates a fresh user (random e-mail unless given) whose password is TEST_PASSWORD unless given. */
  createUser: (spec?: UserSpec) => Promise<{ id: string; email: string; name: string; password: string }>;
  signInAs: (page: Page, email: string, password: string) => Promise<void>;
  /** A fresh user (as createUser) signed in on a page of a browser context of its own, closed after the test. */
  signedInUser: (spec?: UserSpec) => Promise<{ user: CreatedUser; page: Page }>;
}

type CreatedUser = Awaited<ReturnType<Fixtures["createUser"]>>;

function rolePage(role: DemoRole) {
  return async (
    { browser }: { browser: import("@playwright/test").Browser },
    use: (page: Page) => Promise<void>,
  ) => {
    const context = await browser.newContext({ storageState: storageStatePath(role) });
    const page = await context.newPage();
    await use(page);
    await context.close();
  };
}

export const test = base.extend<Fixtures>({
  adminPage: rolePage("admin"),
  auditorPage: rolePage("auditor"),
  userPage: rolePage("user"),
  createUser: async ({}, use) => {
    await use(async (spec = {}) => {
      const password = spec.password ?? TEST_PASSWORD;
      const user = await createUserRow(e2eDb(), {
        email: `e2e-${randomUUID().slice(0, 8)}@example.test`,
        ...spec,
        password,
      });
      return { id: user.id, email: user.email, name: user.name, password };
    });
  },
  signInAs: async ({}, use) => {
    await use(signInAs);
  },
  signedInUser: async ({ browser, createUser }, use) => {
    const contexts: import("@playwright/test").BrowserContext[] = [];
    await use(async (spec) => {
      const user = await createUser(spec);
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await signInAs(page, user.email, user.password);
      return { user, page };
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
