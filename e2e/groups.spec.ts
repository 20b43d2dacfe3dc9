import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

test.describe("[groups]", () => {
  test("[groups] an admin creates a group and adds a member", async ({ adminPage: page, createUser }) => {
    const member = await createUser({ name: `Member ${randomUUID().slice(0, 8)}` });
    const name = `e2e group ${randomUUID().slice(0, 8)}`;

    await page.goto("/groups");
    await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
    await page.getByRole("button", { name: "New group" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Description").fill("Created by the e2e suite");
    await dialog.getByRole("button", { name: "Create group" }).click();

    await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("No members yet")).toBeVisible();

    await page.getByRole("button", { name: "Add members" }).click();
    const picker = page.getByRole("dialog");
    await picker.getByLabel("Search users").fill(member.email);
    await picker.getByRole("checkbox", { name: new RegExp(member.name) }).click();
    await expect(picker.getByText("1 selected")).toBeVisible();
    await picker.getByRole("button", { name: "Add 1 member" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    const row = page.getByTestId("member-row").filter({ hasText: member.email });
    await expect(row).toBeVisible();
    await expect(page.getByText("1 member", { exact: true })).toBeVisible();

    // A second group with the same name (in another case) is refused.
    await page.goto("/groups");
    await page.getByRole("button", { name: "New group" }).first().click();
    await page.getByRole("dialog").getByLabel("Name").fill(name.toUpperCase());
    await page.getByRole("dialog").getByRole("button", { name: "Create group" }).click();
    await expect(page.getByRole("dialog").getByText("This name is already in use")).toBeVisible();

    const group = await e2eDb().group.findFirstOrThrow({
      where: { name },
      select: { id: true, members: { select: { userId: true } } },
    });
    expect(group.members.map((membership) => membership.userId)).toEqual([member.id]);
    const actions = await e2eDb().auditLog.findMany({
      where: { targetType: "group", targetId: group.id },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["group.create", "group.member.add"]);
  });

  test("[groups] an admin removes a member and deletes the group, each after confirming", async ({
    adminPage: page,
    createUser,
  }) => {
    const member = await createUser({ name: `Leaving ${randomUUID().slice(0, 8)}` });
    const name = `e2e doomed ${randomUUID().slice(0, 8)}`;
    const group = await e2eDb().group.create({
      data: { name, description: "", members: { create: { userId: member.id } } },
      select: { id: true },
    });

    await page.goto(`/groups/${group.id}`);
    await page.getByRole("button", { name: `Remove ${member.name} from the group` }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText(`Remove ${member.name} from ${name}?`);
    await confirm.getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(page.getByText("No members yet")).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: `${member.name} was removed from ${name}.` }),
    ).toBeAttached();

    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete group" }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    expect(await e2eDb().group.count({ where: { id: group.id } })).toBe(0);
  });
});
