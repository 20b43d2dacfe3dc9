import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";
import { confirmWithKeyboard, expectFocusRing, retype, tabTo } from "./keyboard";

// e2e/templates.spec.ts's admin flows with the keyboard alone: the text override with its variable
// picker, its reset, and the test e-mail. Another type than templates.spec.ts's, so the two never meet.
const TYPE = "workstation.version-installed";

test.describe("[keyboard]", () => {
  test.afterEach(async () => {
    await e2eDb().templateOverride.deleteMany({ where: { typeKey: TYPE } });
  });

  test("[keyboard] an admin overrides a subject with a variable from the picker, saves it, resets it and sends a test", async ({
    adminPage: page,
  }) => {
    await page.goto(`/templates/${TYPE}`);
    const status = page.getByTestId("override-status");
    await expect(status).toHaveText("Default texts");

    const subject = page.getByRole("textbox", { name: "Subject" });
    await tabTo(page, subject);
    await page.keyboard.type("Installed on ");

    // The picker: Enter opens it with the focus in its search; Tab reaches the first variable; Enter
    // inserts it and closes the picker, the focus back on its button.
    const picker = page.getByRole("button", { name: "Insert a variable into Subject" });
    await tabTo(page, picker);
    await page.keyboard.press("Enter");
    const search = page.getByRole("textbox", { name: "Search variables" });
    await expect(search).toBeFocused();
    const list = page.getByRole("list", { name: "Insert a variable into Subject" });
    const first = list.getByRole("button").first();
    const variable = (await first.locator("code").textContent())!;
    await tabTo(page, first);
    await page.keyboard.press("Enter");
    await expect(list).toHaveCount(0);
    await expect(subject).toHaveValue(`Installed on ${variable}`);
    await expectFocusRing(picker);

    // Escape closes the picker without inserting anything.
    await page.keyboard.press("Enter");
    await expect(search).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(search).toHaveCount(0);
    await expectFocusRing(picker);
    await expect(subject).toHaveValue(`Installed on ${variable}`);

    const save = page.getByTestId("override-save");
    await tabTo(page, save);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("override-result")).toHaveText("Texts saved. The preview shows them.");
    await expect(status).toHaveText("Custom texts");
    await expect(save).toBeFocused();
    await expect(page.getByTestId("preview-subject")).toHaveText(/^Installed on /);

    await confirmWithKeyboard(page, page.getByTestId("override-reset"), "Reset to default");
    await expect(status).toHaveText("Default texts");
    await expect(subject).toHaveValue("");
    // The reset takes its own button away: the focus goes to the heading of the texts.
    await expectFocusRing(page.getByRole("heading", { level: 2, name: /^Texts · / }));

    const send = page.getByRole("button", { name: "Send test to me" });
    await tabTo(page, send);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("send-test-status")).toContainText("Test queued for admin@herald.local");
    await expect(send).toBeFocused();
  });

  test("[keyboard] an admin breaks and fixes a preview's payload by typing, and switches the preview to mobile with the arrows", async ({
    adminPage: page,
  }) => {
    await page.goto("/templates/monitoring.cpu-critical");
    const subject = page.getByTestId("preview-subject");
    await expect(subject).toHaveText("CPU critical on pam-node-01: 96.4%");
    const editor = page.getByTestId("payload-editor");
    const payload = JSON.parse(await editor.inputValue()) as Record<string, unknown>;

    // The whole payload typed over: first with a string where a number goes, then fixed.
    await tabTo(page, editor);
    await retype(page, JSON.stringify({ ...payload, usage: "very high" }));
    await expect(page.getByTestId("payload-status")).toHaveAttribute("data-state", "invalid");
    await expect(editor).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator('[data-testid="payload-issue"][data-path="usage"]')).toContainText(
      "Expected number",
    );
    await retype(page, JSON.stringify({ ...payload, usage: 91.25 }));
    await expect(page.getByTestId("payload-status")).toHaveAttribute("data-state", "valid");
    await expect(subject).toHaveText("CPU critical on pam-node-01: 91.3%");
    await expect(editor).toBeFocused();

    // The viewport switch is a radio group like the language switch: an arrow picks Mobile.
    const viewports = page.getByTestId("viewport-switch");
    await tabTo(page, viewports.getByRole("radio", { checked: true }), {
      ring: viewports.locator("label").filter({ has: page.getByRole("radio", { checked: true }) }),
    });
    await page.keyboard.press("ArrowRight");
    await expect(viewports.getByRole("radio", { name: "Mobile" })).toBeChecked();
    await expect(page.getByTestId("email-preview")).toHaveAttribute("data-viewport", "mobile");
    await expect(page.getByTestId("preview-frame")).toHaveAttribute("style", /width: 375px/);
  });
});
