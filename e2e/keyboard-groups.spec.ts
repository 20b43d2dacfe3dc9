import { randomUUID } from "node:crypto";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { confirmWithKeyboard, expectDialogEscapes, expectFocusRing, tabTo } from "./keyboard";

// Groups with the keyboard alone (e2e/groups.spec.ts's flows): the form dialog, the member picker, and
// confirm dialogs whose action removes their own trigger (the member's Remove button, the group itself).

test.describe("[keyboard]", () => {
  test("[keyboard] an admin creates a group, adds a member, removes them and deletes the group", async ({
    adminPage: page,
    createUser,
  }) => {
    const member = await createUser({ name: `Keyboard Member ${randomUUID().slice(0, 8)}` });
    const name = `e2e keyboard group ${randomUUID().slice(0, 8)}`;

    await page.goto("/groups");
    const create = page.getByRole("button", { name: "New group" }).first();
    const dialog = page.getByRole("dialog");
    await expectDialogEscapes(page, create, dialog);

    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByLabel("Name"));
    await page.keyboard.type(name);
    await tabTo(page, dialog.getByRole("button", { name: "Create group" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // The member picker: search, Space checks the person, the Add button adds them.
    await tabTo(page, page.getByRole("button", { name: "Add members" }));
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByLabel("Search users"));
    await page.keyboard.type(member.email);
    const person = dialog.getByRole("checkbox", { name: new RegExp(member.name) });
    await tabTo(page, person);
    await page.keyboard.press("Space");
    await expect(dialog.getByText("1 selected")).toBeVisible();
    await tabTo(page, dialog.getByRole("button", { name: "Add 1 member" }));
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId("member-row").filter({ hasText: member.email })).toBeVisible();

    // Remove: the confirm dialog's action takes its trigger away; the focus goes to the content.
    await confirmWithKeyboard(
      page,
      page.getByRole("button", { name: `Remove ${member.name} from the group` }),
      "Remove member",
    );
    await expect(page.getByText("No members yet")).toBeVisible();
    await expect(page.getByRole("main")).toBeFocused();

    await confirmWithKeyboard(
      page,
      page.getByRole("button", { name: "Delete", exact: true }),
      "Delete group",
    );
    await expect(page).toHaveURL(/\/groups$/);
    expect(await e2eDb().group.count({ where: { name } })).toBe(0);
  });

  test("[keyboard] a group name already in use (in another case) is refused in the dialog, the focus kept on its button", async ({
    adminPage: page,
  }) => {
    const name = `e2e keyboard taken ${randomUUID().slice(0, 8)}`;
    await createGroup(e2eDb(), name, []);
    await page.goto("/groups");
    const create = page.getByRole("button", { name: "New group" }).first();
    await tabTo(page, create);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await tabTo(page, dialog.getByLabel("Name"));
    await page.keyboard.type(name.toUpperCase());
    const submit = dialog.getByRole("button", { name: "Create group" });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await expect(dialog.getByText("This name is already in use")).toBeVisible();
    await expectFocusRing(submit);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expectFocusRing(create);
    expect(await e2eDb().group.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });
});
