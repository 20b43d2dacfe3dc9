// Every page of Herald (each app/**/page.tsx), with the demo roles that may open it: the narrow-viewport
// check, the accessibility sweep and the CSP check all visit this one list. Dynamic segments are
// `:placeholders` filled from the seeded demo data by `resolvePath` when a test runs (the ids are made by
// the seed, so they are unknown when the tests are collected).
import { demoEmail, demoUsers } from "@/prisma/seed/demo-data";
import { e2eDb, type DemoRole } from "./helpers";

export interface AppPage {
  /** The URL, with `:placeholders` for the seeded ids (see `resolvePath`). */
  path: string;
  /** The demo roles that may open it; the others are refused (403). */
  roles: readonly DemoRole[];
  /** The roles the checks open it as, when not all of `roles` have something there to see. */
  visitAs?: readonly DemoRole[];
}

const ANYONE = ["admin", "auditor", "user"] as const;
const STAFF = ["admin", "auditor"] as const;
const ADMIN = ["admin"] as const;

export const appPages: readonly AppPage[] = [
  { path: "/dashboard", roles: STAFF },
  { path: "/catalog", roles: STAFF },
  { path: "/catalog/:type", roles: STAFF },
  { path: "/templates", roles: STAFF },
  { path: "/templates/:template", roles: STAFF },
  { path: "/dispatch", roles: ADMIN },
  { path: "/history", roles: STAFF },
  { path: "/history/:delivery", roles: STAFF },
  { path: "/events/:event", roles: STAFF },
  { path: "/mailbox", roles: STAFF },
  { path: "/mailbox/:mailbox", roles: STAFF },
  { path: "/users", roles: STAFF },
  { path: "/users/new", roles: ADMIN },
  { path: "/users/:user", roles: STAFF },
  { path: "/users/:user/edit", roles: ADMIN },
  { path: "/users/:user/subscriptions", roles: STAFF },
  { path: "/groups", roles: STAFF },
  { path: "/groups/:group", roles: STAFF },
  { path: "/groups/:group/subscriptions", roles: STAFF },
  { path: "/contacts", roles: STAFF },
  { path: "/contacts/new", roles: ADMIN },
  { path: "/contacts/:contact", roles: STAFF },
  { path: "/api-keys", roles: STAFF },
  { path: "/api-docs", roles: STAFF },
  { path: "/settings/mail", roles: STAFF },
  { path: "/audit", roles: STAFF },
  { path: "/suppressions", roles: STAFF },
  { path: "/system", roles: STAFF },
  { path: "/system/services", roles: STAFF },
  { path: "/system/listeners", roles: STAFF },
  { path: "/system/resources", roles: STAFF },
  { path: "/system/devices", roles: STAFF },
  { path: "/system/devices/:device", roles: STAFF },
  { path: "/me", roles: ANYONE },
  { path: "/me/notifications", roles: ANYONE },
  { path: "/me/notifications/received", roles: ANYONE },
  // Anyone may open their own received e-mail, but only the demo user receives any in the seed (the
  // admin and the auditor are in no group): the seeded id is the demo user's.
  { path: "/me/notifications/received/:received", roles: ANYONE, visitAs: ["user"] },
];

/** The roles a page is opened as by the checks. */
export function visitors(page: AppPage): readonly DemoRole[] {
  return page.visitAs ?? page.roles;
}

/** The pages the accessibility sweep and the CSP check open as an admin (everything an admin may open). */
export const mainPages = appPages.filter((page) => visitors(page).includes("admin")).map((page) => page.path);

/** The demo user the `user` role signs in as (e2e/global.setup.ts). */
const demoUserEmail = demoEmail(demoUsers[0]!.name);

type Placeholder =
  | "type"
  | "template"
  | "delivery"
  | "event"
  | "mailbox"
  | "user"
  | "group"
  | "contact"
  | "received"
  | "device";

let seeded: Promise<Record<Placeholder, string>> | undefined;

// The seed registers no device: this one is watched like any other. Its port is the e2e web server's
// own, so its checks succeed and it never raises a connectivity alert during the run.
const probeDevice = {
  name: "e2e page probe (reachable web server of the test run)",
  host: "127.0.0.1",
  ports: [Number(process.env.E2E_PORT ?? 3100)],
};

/**
 * Ids from the demo seed (and the probe device), read once per worker. Each is the richest row of its kind (the longest
 * texts, the most parts), so a page is measured with the content most likely to overflow.
 */
function seededIds(): Promise<Record<Placeholder, string>> {
  seeded ??= (async () => {
    const db = e2eDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: demoUserEmail }, select: { id: true } });
    const [delivery, event, mailbox, group, contact, received] = await Promise.all([
      db.delivery.findFirstOrThrow({
        where: { status: "FAILED", lastError: { not: null } },
        orderBy: [{ attemptCount: "desc" }, { createdAt: "desc" }],
        select: { id: true },
      }),
      db.event.findFirstOrThrow({
        orderBy: [{ recipientCount: "desc" }, { createdAt: "desc" }],
        select: { id: true },
      }),
      db.mailboxMessage.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } }),
      db.group.findFirstOrThrow({ orderBy: { members: { _count: "desc" } }, select: { id: true } }),
      db.contact.findFirstOrThrow({ orderBy: { email: "desc" }, select: { id: true } }),
      db.delivery.findFirstOrThrow({
        where: { userId: user.id, status: { in: ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"] } },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      }),
    ]);
    const device = await db.device.upsert({
      where: { name: probeDevice.name },
      create: probeDevice,
      update: {},
      select: { id: true },
    });
    return {
      // Catalog types and templates are keyed by the catalog's own keys: one with a long name and one
      // with the richest template.
      type: "certificates.expiration-alert-30d",
      template: "monitoring.cpu-critical",
      device: device.id,
      delivery: delivery.id,
      event: event.id,
      mailbox: mailbox.id,
      user: user.id,
      group: group.id,
      contact: contact.id,
      received: received.id,
    };
  })();
  return seeded;
}

/** The page's URL with its `:placeholders` replaced by seeded ids. */
export async function resolvePath(path: string): Promise<string> {
  if (!path.includes(":")) return path;
  const ids = await seededIds();
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name as Placeholder];
    if (!id) throw new Error(`No seeded id for :${name} in ${path}`);
    return id;
  });
}
