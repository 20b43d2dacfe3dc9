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

export interface NavItem {
  href: string;
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

const STAFF = ["ADMIN", "AUDITOR"] as const;
const ANYONE = ["ADMIN", "AUDITOR", "USER"] as const;

// The whole navigation, by area. Items for later parts of the plan are added here as they land.
export const navAreas: NavArea[] = [
  {
    area: "notifications",
    items: [
      { href: "/dashboard", label: "dashboard", icon: LayoutDashboard, roles: STAFF },
      { href: "/catalog", label: "catalog", icon: BookOpen, roles: STAFF },
      { href: "/templates", label: "templates", icon: Mails, roles: STAFF },
      { href: "/dispatch", label: "dispatch", icon: Send, roles: ["ADMIN"] },
      { href: "/history", label: "history", icon: History, roles: STAFF },
      { href: "/mailbox", label: "mailbox", icon: Inbox, roles: STAFF },
    ],
  },
  {
    area: "people",
    items: [
      { href: "/users", label: "users", icon: Users, roles: STAFF },
      { href: "/groups", label: "groups", icon: UsersRound, roles: STAFF },
      { href: "/contacts", label: "contacts", icon: Contact, roles: STAFF },
    ],
  },
  {
    area: "integrations",
    items: [
      { href: "/api-keys", label: "apiKeys", icon: KeyRound, roles: ["ADMIN"] },
      { href: "/api-docs", label: "apiDocs", icon: FileText, roles: STAFF },
      { href: "/settings/mail", label: "mailSettings", icon: Settings2, roles: STAFF },
    ],
  },
  {
    area: "governance",
    items: [
      { href: "/audit", label: "audit", icon: ScrollText, roles: STAFF },
      { href: "/suppressions", label: "suppressions", icon: MailX, roles: STAFF },
    ],
  },
  {
    area: "system",
    items: [
      { href: "/system", label: "systemDashboard", icon: MonitorCog, roles: STAFF },
      { href: "/system/services", label: "services", icon: Activity, roles: STAFF },
      { href: "/system/listeners", label: "listeners", icon: Network, roles: STAFF },
      { href: "/system/resources", label: "resources", icon: Gauge, roles: STAFF },
      { href: "/system/devices", label: "devices", icon: Router, roles: STAFF },
    ],
  },
  {
    area: "me",
    items: [
      { href: "/me/notifications", label: "myNotifications", icon: Bell, roles: ANYONE },
      { href: "/me", label: "profile", icon: UserRound, roles: ANYONE },
    ],
  },
];

export function navFor(role: Role): NavArea[] {
  return navAreas
    .map((area) => ({ ...area, items: area.items.filter((item) => item.roles.includes(role)) }))
    .filter((area) => area.items.length > 0);
}
