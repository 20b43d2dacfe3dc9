// Keyboard-only helpers for the keyboard specs (e2e/keyboard*.spec.ts): the focus moves only as a person
// at a keyboard moves it (Tab, Shift+Tab, arrows), never by clicking or by Playwright's focus().
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The element has the focus, as the keyboard gave it (`:focus-visible`), and shows it: an outline of
 * some width and colour on `ring` (the element itself, or the visible part standing for a hidden
 * control, e.g. the label of a visually hidden radio).
 */
export async function expectFocusRing(target: Locator, ring: Locator = target) {
  await expect(target).toBeFocused();
  expect(
    await target.evaluate((element) => element.matches(":focus-visible")),
    `${target} focus-visible`,
  ).toBe(true);
  const outline = await ring.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
  expect(outline.style, `${ring} outline`).not.toBe("none");
  expect(outline.width, `${ring} outline width`).toBeGreaterThan(0);
  expect(outline.color, `${ring} outline colour`).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
}

async function hasFocus(target: Locator) {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, failing after `max` presses: the target must be
 * in the page's tab order. Then it must show its focus ring (unless `ring` is `false`).
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 250, ring }: { backwards?: boolean; max?: number; ring?: Locator | false } = {},
) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await hasFocus(target)) {
      if (ring !== false) await expectFocusRing(target, ring ?? target);
      return;
    }
  }
  throw new Error(`${max} presses of ${backwards ? "Shift+Tab" : "Tab"} never reached ${target}`);
}

/** Presses `key` (an arrow, by default down) until `target` has the focus, as in a menu or a radio group. */
export async function arrowTo(page: Page, target: Locator, key = "ArrowDown", max = 30) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Selects all of the focused field's text and types over it. */
export async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

/** Whether the focus is somewhere inside `container`. */
export async function focusWithin(container: Locator) {
  return container.evaluate((element) => element.contains(document.activeElement));
}

/**
 * A dialog's trigger, as the keyboard meets it: Tab reaches it, Enter opens the dialog with the focus
 * inside, Escape closes it with the focus back on the trigger (visibly). The trigger keeps the focus.
 */
export async function expectDialogEscapes(page: Page, trigger: Locator, dialog: Locator) {
  if (!(await hasFocus(trigger))) await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusWithin(dialog)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expectFocusRing(trigger);
}

/**
 * Opens a confirm dialog from `trigger` (Tab to it unless it has the focus), Tabs to its `confirm` button
 * and presses Enter; the dialog closes.
 */
export async function confirmWithKeyboard(page: Page, trigger: Locator, confirm: string | RegExp) {
  if (!(await hasFocus(trigger))) await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole("button", { name: confirm }));
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
}
