"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { createContext, useContext } from "react";
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
  return (
    <Link
      href={href as never}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-2 rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground",
        active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground",
      )}
    >
      {children}
    </Link>
  );
}
