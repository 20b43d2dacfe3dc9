"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useRef } from "react";
import { cn } from "@/lib/utils";

const CurrentHref = createContext<string | undefined>(undefined);

/** Marks the current page among `hrefs`: the longest one the path is or lies under ("/me/notifications" over "/me"). */
export function NavCurrent({ hrefs, children }: { hrefs: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = hrefs
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return <CurrentHref value={current}>{children}</CurrentHref>;
}

/** A menu entry; its icon and label come rendered from the server (sidebar-nav.tsx). */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const active = useContext(CurrentHref) === href;
  const ref = useRef<HTMLAnchorElement>(null);
  // In a window too short for the whole menu, the current page's entry may lie below the fold of the
  // sidebar (or of the narrow screens' menu dialog): it is scrolled into view, the page itself left alone.
  useEffect(() => {
    if (active && ref.current) revealInMenu(ref.current);
  }, [active]);
  return (
    <Link
      ref={ref}
      href={href as never}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-2 rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground lg:py-1",
        active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground",
      )}
    >
      {children}
    </Link>
  );
}

/**
 * Scrolls the menu's own frame (the nearest scrolling ancestor) just enough to show `link`. Not
 * scrollIntoView: Chromium makes the scrolled-to element the starting point of sequential focus
 * navigation, so the page's first Tab went to the entry after the current one instead of the skip link.
 */
function revealInMenu(link: HTMLElement) {
  let frame = link.parentElement;
  while (
    frame &&
    !(frame.scrollHeight > frame.clientHeight && /auto|scroll/.test(getComputedStyle(frame).overflowY))
  )
    frame = frame.parentElement;
  if (!frame) return;
  const linkBox = link.getBoundingClientRect();
  const frameBox = frame.getBoundingClientRect();
  if (linkBox.bottom > frameBox.bottom) frame.scrollTop += linkBox.bottom - frameBox.bottom;
  else if (linkBox.top < frameBox.top) frame.scrollTop -= frameBox.top - linkBox.top;
}
