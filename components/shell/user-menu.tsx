"use client";

import { lazy, Suspense, useState } from "react";
import { UserMenuButton } from "./user-menu-button";
import type { UserMenuProps } from "./user-menu-dropdown";

// The menu (Radix's dropdown menu, focus management, positioning) is on every page but opened rarely:
// it loads when the pointer or focus reaches the button and is mounted, open, on the first activation.
const loadDropdown = () => import("./user-menu-dropdown");
const UserMenuDropdown = lazy(loadDropdown);

/** The header's account menu: profile, theme, language, sign out. */
export function UserMenu(props: UserMenuProps) {
  const [used, setUsed] = useState(false);
  const placeholder = (
    <UserMenuButton
      name={props.name}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onClick={() => setUsed(true)}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") setUsed(true);
      }}
    />
  );
  if (!used) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenuDropdown {...props} />
    </Suspense>
  );
}
