// Where the focus goes when the control holding it leaves the page: a confirm dialog's trigger whose
// action revoked its key or removed its row. A neighbour, as the WAI-ARIA practices, GOV.UK and GitHub
// do, rather than the top of the page a keyboard user would have to Tab back from.

/** What a dialog whose action takes its own trigger off the page names for the focus to go to instead. */
export interface RemovalFocus {
  /**
   * A selector for the list row the trigger sits in (its closest ancestor, e.g. "tr"): the focus goes
   * to the same control (the row's dialog trigger at the same position) of the nearest row below that
   * still has one, else of the nearest row above.
   */
  row?: string;
  /**
   * A selector for what takes the focus when no row has that control left: the list's empty state or
   * its heading (made focusable for the moment it holds the focus). Without a match, the page's content.
   */
  fallback: string;
}

// Every dialog trigger says so: LazyDialogTrigger, Radix's Dialog.Trigger.
const DIALOG_TRIGGER = '[aria-haspopup="dialog"]';

/**
 * Notes, while `trigger` is still on the page, which controls may take the focus once it is gone, and
 * returns what moves the focus there. Call that after the removal was rendered: the neighbours still on
 * the page are tried nearest first, then `fallback` (an empty state rendered in the list's place).
 */
export function planFocusAfterRemoval(trigger: HTMLElement, { row, fallback }: RemovalFocus): () => void {
  const neighbours = row ? rowNeighbours(trigger, row) : [];
  return () => {
    const target =
      neighbours.find((element) => element.isConnected) ?? document.querySelector<HTMLElement>(fallback);
    if (target) focusElement(target);
    else focusMainContent();
  };
}

/** The trigger's counterparts in the other rows of its list, nearest first. */
function rowNeighbours(trigger: HTMLElement, selector: string): HTMLElement[] {
  const row = trigger.closest(selector);
  if (!row?.parentElement) return [];
  const rows = [...row.parentElement.children];
  const position = [...row.querySelectorAll(DIALOG_TRIGGER)].indexOf(trigger);
  // A row without that control (a key already revoked) is passed over.
  return nearestFirst(rows, rows.indexOf(row)).flatMap(
    (other) => other.querySelectorAll<HTMLElement>(DIALOG_TRIGGER)[position] ?? [],
  );
}

/** The items around `index`: those after it (down the list), then those before it (up), each nearest first. */
export function nearestFirst<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(index + 1), ...items.slice(0, index).reverse()];
}

/**
 * Focuses `element`. One that takes no focus (a heading, an empty state) gets `tabindex="-1"` until it
 * loses it, as GOV.UK Frontend does: never a Tab stop, and no focus ring when it is clicked later.
 */
function focusElement(element: HTMLElement) {
  element.focus();
  if (document.activeElement === element) return;
  element.setAttribute("tabindex", "-1");
  element.addEventListener("blur", () => element.removeAttribute("tabindex"), { once: true });
  element.focus();
}

/** Focuses the page's main content (the app shell's `#content`): where the focus goes with no better place. */
export function focusMainContent() {
  document.getElementById("content")?.focus();
}
