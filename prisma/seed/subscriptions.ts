// Demo subscriptions: what each demo group follows, two external contacts, and one personal choice,
// so that every screen (matrices, recipients, My notifications) has something true to show.
// Idempotent: existing subscriptions and contacts are left alone.
import type { Database } from "@/lib/db/client";
import { demoEmail } from "./demo-data";

type Mode = "IMMEDIATE" | "DIGEST";

const groupCategories: Record<string, [category: string, mode: Mode][]> = {
  "Security Operations": [
    ["user-behavior", "IMMEDIATE"],
    ["command-audit", "IMMEDIATE"],
    ["monitoring", "IMMEDIATE"],
  ],
  "PAM Administrators": [
    ["certificates", "IMMEDIATE"],
    ["password-backup", "IMMEDIATE"],
    ["password-operation", "IMMEDIATE"],
  ],
  Auditors: [
    ["audit-trail", "DIGEST"],
    ["access-control", "IMMEDIATE"],
  ],
  "Help Desk": [["access-control", "IMMEDIATE"]],
  "Workstation Team": [["workstation", "DIGEST"]],
};

const contacts = [
  {
    name: "SOC on-call mailbox",
    email: "soc-oncall@bank.example",
    timeZone: "America/Sao_Paulo",
    locale: "pt_BR" as const,
    digestHour: 7,
    categories: [
      ["monitoring", "IMMEDIATE"],
      ["devices", "IMMEDIATE"],
    ] as [string, Mode][],
  },
  {
    name: "External audit firm",
    email: "pam-review@external-audit.example",
    timeZone: "Europe/London",
    locale: "en" as const,
    digestHour: 9,
    categories: [["audit-trail", "DIGEST"]] as [string, Mode][],
  },
];

export async function seedSubscriptions(db: Database) {
  const groups = await db.group.findMany({
    where: { name: { in: Object.keys(groupCategories) } },
    select: { id: true, name: true },
  });
  const data: {
    groupId?: string;
    contactId?: string;
    userId?: string;
    categoryKey?: string;
    typeKey?: string;
    mode: Mode;
  }[] = [];
  for (const group of groups) {
    for (const [categoryKey, mode] of groupCategories[group.name] ?? [])
      data.push({ groupId: group.id, categoryKey, mode });
  }
  for (const spec of contacts) {
    const { categories, ...fields } = spec;
    const contact = await db.contact.upsert({
      where: { email: spec.email },
      update: {},
      create: fields,
      select: { id: true },
    });
    for (const [categoryKey, mode] of categories) data.push({ contactId: contact.id, categoryKey, mode });
  }
  // A personal touch: Carlos follows certificate revocations himself, and prefers low-urgency commands as a digest.
  const carlos = await db.user.findUnique({
    where: { email: demoEmail("Carlos Mendes") },
    select: { id: true },
  });
  if (carlos) data.push({ userId: carlos.id, typeKey: "certificates.revocation", mode: "IMMEDIATE" });
  const { count } = await db.subscription.createMany({ data, skipDuplicates: true });
  if (carlos) {
    await db.preference.upsert({
      where: { userId_typeKey: { userId: carlos.id, typeKey: "command-audit.low-urgency" } },
      update: {},
      create: { userId: carlos.id, typeKey: "command-audit.low-urgency", mode: "DIGEST" },
    });
  }
  return { subscriptions: count, contacts: contacts.length };
}
