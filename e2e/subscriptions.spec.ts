import { createHmac, hkdfSync, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { demoEmail, demoPasswords } from "@/prisma/seed/demo-data";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

// Keep in step with playwright.config.ts (webServer.env.AUTH_SECRET).
const AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-000000";
const TYPE = "devices.connectivity-lost"; // "Lost of connectivity", not mandatory
const TYPE_NAME = "Lost of connectivity";
const MANDATORY = "certificates.expiration-alert-today";

/** An unsubscribe token as Herald signs them (lib/subscriptions/unsubscribe-token.ts documents the format). */
function unsubscribeToken(recipient: { kind: "user" | "contact"; id: string }, typeKey: string) {
  const key = Buffer.from(hkdfSync("sha256", AUTH_SECRET, Buffer.alloc(0), "herald:unsubscribe", 32));
  const payload = {
    p: "unsubscribe",
    k: recipient.kind,
    r: recipient.id,
    t: typeKey,
    e: Math.floor(Date.now() / 1000) + 3600,
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${createHmac("sha256", key).update(encoded).digest("base64url")}`;
}

async function signedInPage(
  browser: Browser,
  signInAs: (page: import("@playwright/test").Page, email: string, password: string) => Promise<void>,
  user: { email: string; password: string },
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user.email, user.password);
  return page;
}

test("[subscriptions] an admin subscribes a group to a category and a member sees it under My notifications with the reason", async ({
  adminPage,
  browser,
  createUser,
  signInAs,
}) => {
  const member = await createUser({ locale: "en" });
  const group = await createGroup(e2eDb(), `E2E Network ${randomUUID().slice(0, 8)}`, [member.id]);

  await adminPage.goto(`/groups/${group.id}/subscriptions`);
  const devices = adminPage.getByTestId("matrix-category-devices");
  const saved = adminPage.waitForResponse(
    (r) =>
      r.url().includes(`/api/internal/subscriptions/group/${group.id}`) && r.request().method() === "PUT",
  );
  await devices.getByRole("switch", { name: "Subscribe to all of Devices" }).click();
  expect((await saved).status()).toBe(200);
  await expect(adminPage.getByTestId("save-status")).toContainText("Saved");
  await adminPage.reload();
  await expect(
    adminPage
      .getByTestId("matrix-category-devices")
      .getByRole("switch", { name: "Subscribe to all of Devices" }),
  ).toBeChecked();

  const page = await signedInPage(browser, signInAs, member);
  await page.goto("/me/notifications");
  const row = page.getByTestId(`my-type-${TYPE}`);
  await expect(row.getByRole("switch", { name: `Receive ${TYPE_NAME}` })).toBeChecked();
  await expect(row.getByTestId("reasons")).toContainText(
    `Member of ${group.name}, subscribed to all of Devices`,
  );
  await page.context().close();
});

test("[subscriptions] turning a group's whole category off asks first, naming the group, its members and the types lost", async ({
  adminPage: page,
  createUser,
}) => {
  const members = [await createUser({ locale: "en" }), await createUser({ locale: "en" })];
  const group = await createGroup(
    e2eDb(),
    `E2E Whole ${randomUUID().slice(0, 8)}`,
    members.map((member) => member.id),
  );
  await e2eDb().subscription.create({ data: { groupId: group.id, categoryKey: "certificates" } });
  const types = await e2eDb().notificationType.findMany({
    where: { categoryKey: "certificates" },
    select: { mandatory: true },
  });
  const mandatory = types.filter((type) => type.mandatory).length;
  expect(mandatory).toBeGreaterThan(0);
  const puts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "PUT" && request.url().includes(`/subscriptions/group/${group.id}`))
      puts.push(request.url());
  });

  await page.goto(`/groups/${group.id}/subscriptions`);
  const whole = page
    .getByTestId("matrix-category-certificates")
    .getByRole("switch", { name: "Subscribe to all of Certificates" });
  await expect(whole).toBeChecked();
  await whole.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByRole("heading")).toHaveText(`Unsubscribe ${group.name} from all of Certificates?`);
  await expect(dialog).toContainText(
    `All 2 members of ${group.name} will stop getting ${types.length} types of Certificates through this group, ${mandatory} of them mandatory.`,
  );
  // Cancel changes nothing and gives the focus back to the switch.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(whole).toBeChecked();
  await expect(whole).toBeFocused();
  expect(puts).toEqual([]);

  await whole.click();
  const saved = page.waitForResponse(
    (r) => r.url().includes(`/subscriptions/group/${group.id}`) && r.request().method() === "PUT",
  );
  await page.getByTestId("category-off-confirm").click();
  expect((await saved).status()).toBe(200);
  await expect(dialog).toHaveCount(0);
  await expect(whole).not.toBeChecked();
  await expect(whole).toBeFocused();
  expect(await e2eDb().subscription.count({ where: { groupId: group.id } })).toBe(0);

  // Turning it back on is one click, as before.
  const resaved = page.waitForResponse(
    (r) => r.url().includes(`/subscriptions/group/${group.id}`) && r.request().method() === "PUT",
  );
  await whole.click();
  expect((await resaved).status()).toBe(200);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(whole).toBeChecked();
});

test("[subscriptions] a person's own whole-category switch turns off in one click: it changes one person's mail", async ({
  adminPage: page,
  createUser,
}) => {
  const user = await createUser({ locale: "en" });
  await e2eDb().subscription.create({ data: { userId: user.id, categoryKey: "devices" } });
  await page.goto(`/users/${user.id}/subscriptions`);
  const whole = page
    .getByTestId("matrix-category-devices")
    .getByRole("switch", { name: "Subscribe to all of Devices" });
  await expect(whole).toBeChecked();
  const saved = page.waitForResponse(
    (r) => r.url().includes(`/subscriptions/user/${user.id}`) && r.request().method() === "PUT",
  );
  await whole.click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(whole).not.toBeChecked();
});

test("[subscriptions] a user mutes a type and the type page's recipient list drops them", async ({
  adminPage,
  browser,
  createUser,
  signInAs,
}) => {
  const member = await createUser({ locale: "en" });
  const group = await createGroup(e2eDb(), `E2E Mute ${randomUUID().slice(0, 8)}`, [member.id]);
  await e2eDb().subscription.create({ data: { groupId: group.id, categoryKey: "devices" } });

  await adminPage.goto(`/catalog/${TYPE}`);
  await expect(adminPage.getByTestId("type-effective-recipients")).toContainText(member.email);

  const page = await signedInPage(browser, signInAs, member);
  await page.goto("/me/notifications");
  const receive = page.getByTestId(`my-type-${TYPE}`).getByRole("switch", { name: `Receive ${TYPE_NAME}` });
  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/api/internal/subscriptions/me") && r.request().method() === "PATCH",
  );
  await receive.click();
  expect((await saved).status()).toBe(200);
  await page.reload();
  await page.getByRole("button", { name: "Everything" }).click();
  await expect(
    page.getByTestId(`my-type-${TYPE}`).getByRole("switch", { name: `Receive ${TYPE_NAME}` }),
  ).not.toBeChecked();
  await expect(page.getByTestId(`my-type-${TYPE}`)).toContainText("Muted by you.");
  await page.context().close();

  await adminPage.reload();
  await expect(adminPage.getByTestId("type-effective-recipients")).not.toContainText(member.email);
});

test("[subscriptions] a user cannot mute a mandatory type", async ({ browser, createUser, signInAs }) => {
  const member = await createUser({ locale: "en" });
  const group = await createGroup(e2eDb(), `E2E Certificates ${randomUUID().slice(0, 8)}`, [member.id]);
  await e2eDb().subscription.create({ data: { groupId: group.id, categoryKey: "certificates" } });

  const page = await signedInPage(browser, signInAs, member);
  await page.goto("/me/notifications");
  const row = page.getByTestId(`my-type-${MANDATORY}`);
  const receive = row.getByRole("switch", { name: "Receive Certificate expiration alert: Today" });
  await expect(receive).toBeChecked();
  await expect(receive).toBeDisabled();
  await expect(row.getByTestId("mandatory-lock")).toBeVisible();
  await expect(row).toContainText("Required by your organisation's security policy");

  // The route refuses it too, not only the screen.
  const response = await page.request.patch("/api/internal/subscriptions/me", {
    data: { typeKey: MANDATORY, receive: false },
  });
  expect(response.status()).toBe(409);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("CONFLICT");
  expect(await e2eDb().preference.count({ where: { userId: member.id } })).toBe(0);
  await page.context().close();
});

test("[subscriptions] a user cannot change another user's subscriptions (403, nothing changes)", async ({
  userPage,
  createUser,
}) => {
  const other = await createUser();

  const pageResponse = await userPage.goto(`/users/${other.id}/subscriptions`);
  expect(pageResponse?.status()).toBe(403);
  await expect(userPage.getByRole("heading", { name: /do not have access|não tem acesso/i })).toBeVisible();

  const toggle = await userPage.request.put(`/api/internal/subscriptions/user/${other.id}`, {
    data: { target: { categoryKey: "devices" }, subscribed: true, mode: "IMMEDIATE" },
  });
  expect(toggle.status()).toBe(403);
  const mute = await userPage.request.put(`/api/internal/subscriptions/user/${other.id}/preferences`, {
    data: { typeKey: TYPE, muted: true },
  });
  expect(mute.status()).toBe(403);
  const read = await userPage.request.get(`/api/internal/subscriptions/user/${other.id}`);
  expect(read.status()).toBe(403);

  expect(await e2eDb().subscription.count({ where: { userId: other.id } })).toBe(0);
  expect(await e2eDb().preference.count({ where: { userId: other.id } })).toBe(0);
});

test("[subscriptions] an unsubscribe link works without sign-in and a tampered one changes nothing", async ({
  browser,
  createUser,
}) => {
  const user = await createUser({ locale: "en" });
  await e2eDb().subscription.createMany({
    data: [
      { userId: user.id, typeKey: TYPE },
      { userId: user.id, typeKey: "devices.connectivity-restored" },
    ],
  });
  const token = unsubscribeToken({ kind: "user", id: user.id }, TYPE);
  const [payload, signature] = token.split(".") as [string, string];
  const tampered = `${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;

  const context = await browser.newContext(); // no session
  const page = await context.newPage();

  await page.goto(`/unsubscribe/${tampered}`);
  await expect(page.getByTestId("unsubscribe-invalid-bad-signature")).toBeVisible();
  const refused = await page.request.post(`/unsubscribe/${tampered}/one-click`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(refused.status()).toBe(400);
  expect(await e2eDb().preference.count({ where: { userId: user.id } })).toBe(0);

  await page.goto(`/unsubscribe/${token}`);
  await expect(page.getByTestId("unsubscribe-ready")).toContainText(TYPE_NAME);
  await page.getByTestId("unsubscribe-confirm").click();
  await expect(page.getByTestId("unsubscribe-done")).toBeVisible();
  expect(
    await e2eDb().preference.findFirst({
      where: { userId: user.id, typeKey: TYPE },
      select: { muted: true },
    }),
  ).toEqual({ muted: true });

  // RFC 8058 one-click, as a mail client sends it.
  const other = unsubscribeToken({ kind: "user", id: user.id }, "devices.connectivity-restored");
  const oneClick = await page.request.post(`/unsubscribe/${other}/one-click`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(oneClick.status()).toBe(200);
  expect(await e2eDb().preference.count({ where: { userId: user.id, muted: true } })).toBe(2);
  await context.close();
});

// The seed's spam complaint: Tatiana Gomes (pt-BR, Security Operations) is on the suppression list.
const SUPPRESSED_EMAIL = demoEmail("Tatiana Gomes");

test("[subscriptions] a user whose address is suppressed is told Herald sends her nothing, mandatory alerts included", async ({
  browser,
  signInAs,
}) => {
  const suppression = await e2eDb().suppression.findUniqueOrThrow({ where: { email: SUPPRESSED_EMAIL } });
  expect(suppression.reason).toBe("COMPLAINT");
  const page = await signedInPage(browser, signInAs, {
    email: SUPPRESSED_EMAIL,
    password: demoPasswords.user,
  });
  await page.goto("/me/notifications");

  const notice = page.getByTestId("suppression-notice");
  await expect(notice).toContainText("O Herald não envia nada para você");
  await expect(notice).toContainText(`Seu endereço ${SUPPRESSED_EMAIL} está na lista de supressão desde`);
  await expect(notice).toContainText("(motivo: reclamação de spam)");
  await expect(notice).toContainText("nem mesmo os alertas obrigatórios. Peça a um administrador");
  // Nothing on the page claims a delivery: not the count, not the mandatory types.
  const stats = page.getByTestId("my-notifications").getByText(/^Nada é entregue enquanto seu endereço/);
  await expect(stats).toHaveText(/\(\d+ de 101 tipos de notificação seriam\)$/);
  await expect(page.getByText(/^Você recebe \d+ de/)).toHaveCount(0);
  await expect(page.getByText("sempre entregue, imediatamente", { exact: false })).toHaveCount(0);
  await expect(
    page.getByTestId("my-type-command-audit.block-and-interrupt").getByTestId("mandatory-lock"),
  ).toHaveAccessibleName(/Não é enviada enquanto seu endereço estiver suprimido/);

  const axe = await new AxeBuilder({ page })
    .include('[data-testid="suppression-notice"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await page.context().close();
});
