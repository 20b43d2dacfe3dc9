import type { LucideIcon } from "lucide-react";
import {
  Bell,
  BookOpen,
  Contact,
  FileText,
  KeyRound,
  Mails,
  ScrollText,
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
      { href: "/catalog", label: "catalog", icon: BookOpen, roles: STAFF },
      { href: "/templates", label: "templates", icon: Mails, roles: STAFF },
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
    ],
  },
  {
    area: "governance",
    items: [{ href: "/audit", label: "audit", icon: ScrollText, roles: STAFF }],
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
