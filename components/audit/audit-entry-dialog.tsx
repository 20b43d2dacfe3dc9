"use client";

import * as React from "react";
import { useTranslations } from "next-intl";

/** What marks an entry's "Details" button in the server-rendered table (see AuditTable). */
export const ENTRY_BUTTON = "button[data-audit-entry]";

// Radix's dialog and the entry's view (the fetch, the diff) load when a Details button is first
// hovered or focused, or the dialog first opens, not with the page.
const loadContent = () => import("@/components/ui/titled-dialog-content");
const TitledDialogContent = React.lazy(loadContent);
const loadBody = () => import("./audit-entry-body");
const AuditEntryBody = React.lazy(loadBody);
const preload = () => void Promise.all([loadContent(), loadBody()]);

const entryButton = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLButtonElement>(ENTRY_BUTTON) : null;

/**
 * The audit log's entry dialog, one for the whole table. The table is plain server markup: each row's
 * "Details" button carries only its entry's id and action (data-audit-entry, data-action), and this
 * island opens the dialog for the button clicked (event delegation), which fetches that entry in full.
 * So a page of the log carries no entry's before/after and no per-row client component.
 */
export function AuditEntryDialog({ children }: { children: React.ReactNode }) {
  const t = useTranslations("audit");
  const frame = React.useRef<HTMLDivElement>(null);
  const trigger = React.useRef<HTMLElement | null>(null);
  const [shown, setShown] = React.useState<{ id: string; action: string } | null>(null);
  const [open, setOpen] = React.useState(false);

  React.useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const button = entryButton(event.target);
      if (!button?.dataset.auditEntry) return;
      trigger.current = button;
      setShown({ id: button.dataset.auditEntry, action: button.dataset.action ?? "" });
      setOpen(true);
    };
    const onApproach = (event: Event) => {
      if (entryButton(event.target)) preload();
    };
    root.addEventListener("click", onClick);
    root.addEventListener("pointerover", onApproach);
    root.addEventListener("focusin", onApproach);
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("pointerover", onApproach);
      root.removeEventListener("focusin", onApproach);
    };
  }, []);

  // What Radix's own trigger would say about the dialog it opens.
  React.useEffect(() => {
    const button = trigger.current;
    if (!button) return;
    button.setAttribute("aria-expanded", String(open));
    button.dataset.state = open ? "open" : "closed";
  }, [open, shown]);

  return (
    <div ref={frame} className="contents">
      {children}
      {shown ? (
        <React.Suspense fallback={null}>
          <TitledDialogContent
            open={open}
            onOpenChange={setOpen}
            returnFocus={trigger}
            title={t("detail.title", { id: shown.id })}
            description={shown.action}
            descriptionClassName="font-mono"
            className="sm:max-w-3xl"
          >
            <AuditEntryBody key={shown.id} id={shown.id} />
          </TitledDialogContent>
        </React.Suspense>
      ) : null}
    </div>
  );
}
