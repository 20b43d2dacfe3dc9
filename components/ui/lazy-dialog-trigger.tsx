"use client";

import * as React from "react";
import { focusMainContent } from "./focus-after-removal";

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
  onRemovedWithFocus = focusMainContent,
}: {
  trigger: React.ReactElement;
  open: boolean;
  onOpen: () => void;
  preload: () => void;
  triggerRef: React.RefObject<HTMLElement | null>;
  onRemovedWithFocus?: () => void;
}) {
  const props = trigger.props as TriggerProps;
  const ref = React.useCallback(
    (element: HTMLElement | null) => {
      triggerRef.current = element;
      if (!element) return;
      return () => {
        triggerRef.current = null;
        // The trigger leaves the page while it holds the focus (its row was revoked or deleted, usually
        // right after its dialog gave the focus back): the focus goes somewhere, not to nothing. The
        // microtask runs once React has finished the commit, the list re-rendered without the row.
        if (document.activeElement !== element) return;
        queueMicrotask(() => {
          if (!element.isConnected && document.activeElement === document.body) onRemovedWithFocus();
        });
      };
    },
    [triggerRef, onRemovedWithFocus],
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
