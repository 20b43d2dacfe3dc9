"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Role } from "@/generated/prisma/enums";
import { cn } from "@/lib/utils";
import { navFor } from "./nav-items";

export function SidebarNav({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const areas = navFor(role);
  // The longest matching href is the current page ("/me/notifications" over "/me").
  const current = areas
    .flatMap((area) => area.items)
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={t("main")} className="grid gap-6">
      {areas.map((area) => (
        <div key={area.area} className="grid gap-1">
          <p className="px-3 text-xs font-medium tracking-wide text-muted-foreground uppercase">
            {t(`areas.${area.area}`)}
          </p>
          <ul className="grid gap-0.5">
            {area.items.map((item) => {
              const active = item.href === current;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href as never}
                    onClick={onNavigate}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "flex items-center gap-2 rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground",
                      active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground",
                    )}
                  >
                    <item.icon aria-hidden className="size-4" />
                    {t(item.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
