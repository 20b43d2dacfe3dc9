import { getTranslations } from "next-intl/server";
import type { Role } from "@/generated/prisma/enums";
import { NavCurrent, NavLink } from "./nav-link";
import { navFor } from "./nav-items";

// A server component: the entries' icons and labels are rendered here, so the browser loads only the
// links' current-page marking (nav-link.tsx), not the menu's twenty icons and its message lookups.
export async function SidebarNav({ role }: { role: Role }) {
  const t = await getTranslations("nav");
  const areas = navFor(role);
  return (
    <nav aria-label={t("main")} className="grid gap-4">
      <NavCurrent hrefs={areas.flatMap((area) => area.items.map((item) => item.href))}>
        {areas.map((area) => (
          <div key={area.area} className="grid gap-1">
            <p className="px-3 text-xs font-medium tracking-wide text-muted-foreground uppercase">
              {t(`areas.${area.area}`)}
            </p>
            <ul className="grid">
              {area.items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>
                    <item.icon aria-hidden className="size-4" />
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </NavCurrent>
    </nav>
  );
}
