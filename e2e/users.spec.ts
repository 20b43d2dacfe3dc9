import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { demoEmail } from "@/prisma/seed/demo-data";
import { e2eDb } from "./helpers";

test.describe("[users]", () => {
  test("[users] an admin creates a user, who can then sign in", async ({
    adminPage: page,
    browser,
    signInAs,
  }) => {
    const suffix = randomUUID().slice(0, 8);
    const email = `e2e-created-${suffix}@example.test`;
    const password = `Initial-Password-${suffix}`;
    await page.goto("/users");
    await page.getByRole("link", { name: "New user" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New user" })).toBeVisible();

    // Invalid input is refused field by field, keeping what was typed.
    await page.getByLabel("Name").fill(`Created ${suffix}`);
    await page.getByLabel("E-mail").fill("not-an-email");
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
    await expect(page.getByText("Use at least 12 characters")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(`Created ${suffix}`);

    // Upper case and spaces are normalised away.
    await page.getByLabel("E-mail").fill(`  ${email.toUpperCase()} `);
    await page.getByLabel("Role").selectOption("AUDITOR");
    await page.getByLabel("Language").selectOption("en");
    await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
    await page.getByLabel("Initial password").fill(password);
    await page.getByRole("button", { name: "Create user" }).click();

    await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole("heading", { level: 1, name: `Created ${suffix}` })).toBeVisible();
    await expect(page.getByText(email, { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Account created")).toBeVisible(); // the audit entry, on the page

    // The same e-mail again is a field error, not a second user.
    await page.goto("/users/new");
    await page.getByLabel("Name").fill("Duplicate");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Initial password").fill(password);
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText("Another user already has this e-mail address")).toBeVisible();
    expect(await e2eDb().user.count({ where: { email } })).toBe(1);

    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await signInAs(newcomer, email, password);
    await newcomer.goto("/me");
    await expect(newcomer.getByTestId("profile-email")).toHaveText(email);
    await context.close();
  });

  test("[users] an admin disables a user and their open session stops working on its next request", async ({
    adminPage: page,
    browser,
    createUser,
    signInAs,
  }) => {
    const user = await createUser({ name: `Disable Me ${randomUUID().slice(0, 8)}` });
    const context = await browser.newContext();
    const theirPage = await context.newPage();
    await signInAs(theirPage, user.email, user.password);
    await theirPage.goto("/me");
    await expect(theirPage.getByTestId("profile-email")).toHaveText(user.email);

    await page.goto(`/users/${user.id}`);
    await page.getByRole("button", { name: "Disable" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Disable user" }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(page.getByText("This user is disabled")).toBeVisible();
    await expect(page.getByRole("button", { name: "Re-enable" })).toBeVisible();

    await theirPage.goto("/me");
    await expect(theirPage).toHaveURL(/\/sign-in/);
    // And they cannot sign back in.
    await theirPage.getByLabel(/e-mail/i).fill(user.email);
    await theirPage.getByLabel(/password|senha/i).fill(user.password);
    await theirPage.getByRole("button", { name: /sign in|entrar/i }).click();
    await expect(theirPage.getByTestId("sign-in-error")).not.toBeEmpty();
    await context.close();

    const row = await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.disabledAt).not.toBeNull();
  });

  test("[users] an auditor sees users but no write controls", async ({ auditorPage: page, createUser }) => {
    const user = await createUser({ name: `Audited ${randomUUID().slice(0, 8)}` });
    await page.goto(`/users?q=${encodeURIComponent(user.email)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(page.getByTestId("user-row")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "New user" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Actions for/ })).toHaveCount(0);

    await page.getByRole("link", { name: user.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Subscriptions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Disable" })).toHaveCount(0);

    for (const path of ["/users/new", `/users/${user.id}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });

  test("[users] a USER's direct POST to an admin user action is refused with 403", async ({
    adminPage,
    userPage,
    createUser,
  }) => {
    const victim = await createUser();
    const path = `/users/${victim.id}`;
    // The action's id comes from the admin's page: intercept its call and let nothing through.
    await adminPage.goto(path);
    let actionId: string | undefined;
    let contentType: string | undefined;
    await adminPage.route(`**${path}`, async (route) => {
      const headers = route.request().headers();
      if (route.request().method() === "POST" && headers["next-action"]) {
        actionId = headers["next-action"];
        contentType = headers["content-type"];
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await adminPage.getByRole("button", { name: "Disable" }).click();
    await adminPage.getByRole("alertdialog").getByRole("button", { name: "Disable user" }).click();
    await expect.poll(() => actionId).toBeTruthy();

    const response = await userPage.request.post(path, {
      headers: {
        "Next-Action": actionId!,
        "Content-Type": contentType ?? "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(adminPage.url()).origin,
      },
      data: JSON.stringify([{ id: victim.id }]),
    });
    expect(response.status()).toBe(403);
    const row = await e2eDb().user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(row.disabledAt).toBeNull();
    expect(await e2eDb().auditLog.count({ where: { targetType: "user", targetId: victim.id } })).toBe(0);
  });

  test("[users] a person switches their own language on their profile", async ({ signedInUser }) => {
    const { user, page } = await signedInUser({ locale: "en" });
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await page.getByLabel("Language").selectOption("pt-BR");
    await page.getByLabel("Time zone").selectOption("America/Sao_Paulo");
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Perfil" })).toBeVisible();
    await expect(page.getByText("Preferências salvas.")).toBeVisible();

    const row = await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ locale: "pt_BR", timeZone: "America/Sao_Paulo" });
    const entry = await e2eDb().auditLog.findFirst({
      where: { targetType: "user", targetId: user.id, action: "user.preferences.update" },
    });
    expect(entry?.actorId).toBe(user.id);
  });

  test("[users] a suppressed user's pages say Herald sends her nothing, why, and where to lift it", async ({
    adminPage: page,
  }) => {
    // The seed's spam complaint (prisma/seed/history-plan.ts): Tatiana Gomes, of Security Operations.
    const email = demoEmail("Tatiana Gomes");
    const user = await e2eDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const listHref = `/suppressions?q=${encodeURIComponent(email)}`;

    await page.goto(`/users/${user.id}`);
    const notice = page.getByTestId("suppression-notice");
    await expect(notice).toContainText(`${email} is on the suppression list since`);
    await expect(notice).toContainText("(reason: spam complaint)");
    await expect(notice).toContainText("Herald sends this user nothing, not even mandatory alerts");
    await expect(notice.getByRole("link", { name: "Open it on the suppression list" })).toHaveAttribute(
      "href",
      listHref,
    );

    await page.goto(`/users/${user.id}/subscriptions`);
    await expect(page.getByTestId("suppression-notice")).toContainText("(reason: spam complaint)");
    // No direct subscription, but everything her group sends: the count is the list's below.
    const throughGroups = page.getByTestId("received-type");
    await expect(throughGroups.first()).toBeVisible();
    const types = await throughGroups.count();
    await expect(page.getByTestId("subscription-reach")).toHaveText(
      `No direct subscriptions — receives ${types} types through groups (Security Operations)`,
    );
    // None of them is said to be delivered.
    await expect(throughGroups.filter({ hasText: "Not sent: address suppressed" }).first()).toBeVisible();
    await expect(throughGroups.filter({ hasText: /Immediately|Daily digest/ })).toHaveCount(0);

    await page.getByTestId("suppression-notice").getByRole("link").click();
    await expect(page).toHaveURL(new URL(listHref, page.url()).href);
    await expect(page.getByRole("button", { name: `Lift the suppression of ${email}` })).toBeVisible();
  });
});
