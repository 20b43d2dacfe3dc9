import type { LucideIcon } from "lucide-react";
import {
  Activity,
  Bell,
  BookOpen,
  History,
  Inbox,
  LayoutDashboard,
  MonitorCog,
  Send,
  Contact,
  FileText,
  Gauge,
  KeyRound,
  Router,
  MailX,
  Network,
  Mails,
  ScrollText,
  Settings2,
  UserRound,
  Users,
  UsersRound,
} from "lucide-react";
import type { Role } from "@/generated/prisma/enums";
import { pageRoles, type MenuPage } from "@/lib/auth/pages";

export interface NavItem {
  href: MenuPage;
  /** Key in the "nav" message namespace. */
  label: string;
  icon: LucideIcon;
  roles: readonly Role[];
}

export interface NavArea {
  /** Key in nav.areas. */
  area: string;
  items: NavItem[];
}

/** A menu entry, shown to the roles that may open its page (lib/auth/pages.ts). */
function item(href: MenuPage, label: string, icon: LucideIcon): NavItem {
  return { href, label, icon, roles: pageRoles[href] };
}

// The whole navigation, by area. Items for later parts of the plan are added here as they land.
export const navAreas: NavArea[] = [
  {
    area: "notifications",
    items: [
      item("/dashboard", "dashboard", LayoutDashboard),
      item("/catalog", "catalog", BookOpen),
      item("/templates", "templates", Mails),
      item("/dispatch", "dispatch", Send),
      item("/history", "history", History),
      item("/mailbox", "mailbox", Inbox),
    ],
  },
  {
    area: "people",
    items: [
      item("/users", "users", Users),
      item("/groups", "groups", UsersRound),
      item("/contacts", "contacts", Contact),
    ],
  },
  {
    area: "integrations",
    items: [
      item("/api-keys", "apiKeys", KeyRound),
      item("/api-docs", "apiDocs", FileText),
      item("/settings/mail", "mailSettings", Settings2),
    ],
  },
  {
    area: "governance",
    items: [item("/audit", "audit", ScrollText), item("/suppressions", "suppressions", MailX)],
  },
  {
    area: "system",
    items: [
      item("/system", "systemDashboard", MonitorCog),
      item("/system/services", "services", Activity),
      item("/system/listeners", "listeners", Network),
      item("/system/resources", "resources", Gauge),
      item("/system/devices", "devices", Router),
    ],
  },
  {
    area: "me",
    items: [item("/me/notifications", "myNotifications", Bell), item("/me", "profile", UserRound)],
  },
];

export function navFor(role: Role): NavArea[] {
  return navAreas
    .map((area) => ({ ...area, items: area.items.filter((entry) => entry.roles.includes(role)) }))
    .filter((area) => area.items.length > 0);
}
