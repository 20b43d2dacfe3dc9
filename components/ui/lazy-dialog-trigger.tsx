"use client";

import * as React from "react";

type TriggerProps = React.HTMLAttributes<HTMLElement> & { ref?: React.Ref<HTMLElement> };

/**
 * A dialog's trigger while the dialog itself (Radix's focus trap, scroll lock, portal) is not loaded:
 * `trigger` cloned to open it on click, to start loading it when hovered or focused, and to carry the
 * state Radix's own trigger would (aria-haspopup, aria-expanded, data-state). `triggerRef` receives
 * the trigger's element (a ref of the trigger's own is replaced): focus goes back there on close.
 */
export function LazyDialogTrigger({
  trigger,
  open,
  onOpen,
  preload,
  triggerRef,
}: {
  trigger: React.ReactElement;
  open: boolean;
  onOpen: () => void;
  preload: () => void;
  triggerRef: React.RefObject<HTMLElement | null>;
}) {
  const props = trigger.props as TriggerProps;
  const ref = React.useCallback(
    (element: HTMLElement | null) => {
      triggerRef.current = element;
      if (!element) return;
      return () => {
        triggerRef.current = null;
        // The trigger leaves the page while it holds the focus (its row was revoked or deleted, usually
        // right after its dialog gave the focus back): the focus goes to the content, not to nothing.
        if (document.activeElement !== element) return;
        queueMicrotask(() => {
          if (!element.isConnected && document.activeElement === document.body) focusMainContent();
        });
      };
    },
    [triggerRef],
  );
  return React.cloneElement(
    trigger as React.ReactElement<TriggerProps>,
    {
      ref,
      "aria-haspopup": "dialog",
      "aria-expanded": open,
      "data-state": open ? "open" : "closed",
      onPointerEnter: (event: React.PointerEvent<HTMLElement>) => {
        props.onPointerEnter?.(event);
        preload();
      },
      onFocus: (event: React.FocusEvent<HTMLElement>) => {
        props.onFocus?.(event);
        preload();
      },
      onClick: (event: React.MouseEvent<HTMLElement>) => {
        props.onClick?.(event);
        if (!event.defaultPrevented) onOpen();
      },
    } as TriggerProps,
  );
}

/** Focuses the page's main content (the app shell's `#content`), where a dialog sends the focus when its
 * trigger is gone. */
export function focusMainContent() {
  document.getElementById("content")?.focus();
}
