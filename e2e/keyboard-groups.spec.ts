import { randomUUID } from "node:crypto";
import { createGroup } from "@/prisma/seed/factories";
import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { confirmWithKeyboard, expectDialogEscapes, expectFocusRing, tabTo } from "./keyboard";

// Groups with the keyboard alone (e2e/groups.spec.ts's flows): the form dialog, the member picker, and
// confirm dialogs whose action removes their own trigger (the members' Remove buttons, the group itself).

test.describe("[keyboard]", () => {
  test("[keyboard] an admin creates a group, adds three members, removes them one by one and deletes the group", async ({
    adminPage: page,
    createUser,
  }) => {
    const people = `Keyboard Member ${randomUUID().slice(0, 8)}`;
    // Listed by name: A, B, C.
    const [first, middle, last] = await Promise.all([
      createUser({ name: `${people} A` }),
      createUser({ name: `${people} B` }),
      createUser({ name: `${people} C` }),
    ]);
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

    // The member picker: search, Space checks each person, the Add button adds them.
    await tabTo(page, page.getByRole("button", { name: "Add members" }));
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByLabel("Search users"));
    await page.keyboard.type(people);
    for (const member of [first, middle, last]) {
      await tabTo(page, dialog.getByRole("checkbox", { name: new RegExp(member.name) }));
      await page.keyboard.press("Space");
    }
    await expect(dialog.getByText("3 selected")).toBeVisible();
    await tabTo(page, dialog.getByRole("button", { name: "Add 3 members" }));
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId("member-row")).toHaveCount(3);

    // Remove: the confirm dialog's action takes its trigger (and row) away. The focus goes to the same
    // button of the next row, else of the previous one, else to the empty list's message.
    const removeButton = (member: { name: string }) =>
      page.getByRole("button", { name: `Remove ${member.name} from the group` });
    await confirmWithKeyboard(page, removeButton(middle), "Remove member");
    await expect(removeButton(middle)).toHaveCount(0);
    await expectFocusRing(removeButton(last));

    await confirmWithKeyboard(page, removeButton(last), "Remove member");
    await expect(removeButton(last)).toHaveCount(0);
    await expectFocusRing(removeButton(first));

    await confirmWithKeyboard(page, removeButton(first), "Remove member");
    await expectFocusRing(page.locator('[data-slot="empty-state"]').filter({ hasText: "No members yet" }));

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
