"use client";

import { lazy, Suspense, useRef, useState } from "react";
import { RowMenuButton } from "./row-menu-button";
import { UserStatusDialog } from "./user-status-dialog";

interface Props {
  user: { id: string; name: string; disabled: boolean };
  /** The viewer's own row: they may not disable themselves. */
  isSelf: boolean;
}

// Every row has a menu, few are opened: Radix's dropdown menu loads when a menu button is hovered or
// focused, and a row's menu is mounted, open, on its first use.
const loadMenu = () => import("./user-row-menu");
const UserRowMenu = lazy(loadMenu);

/** An administrator's per-row menu in the users list. */
export function UserRowActions({ user, isSelf }: Props) {
  const [used, setUsed] = useState(false);
  const [dialog, setDialog] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const mode = user.disabled ? "enable" : "disable";
  const placeholder = (
    <RowMenuButton
      name={user.name}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => setUsed(true)}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") setUsed(true);
      }}
    />
  );
  return (
    <>
      {used ? (
        <Suspense fallback={placeholder}>
          <UserRowMenu
            user={user}
            mode={mode}
            isSelf={isSelf}
            menuButton={menuButton}
            onStatusChange={() => setDialog(true)}
          />
        </Suspense>
      ) : (
        placeholder
      )}
      <UserStatusDialog
        user={user}
        mode={mode}
        open={dialog}
        onOpenChange={setDialog}
        returnFocusRef={menuButton}
      />
    </>
  );
}
