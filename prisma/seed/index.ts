// An empty database's first data: by default the demo (an admin, an auditor, 25 users in five groups,
// what the groups subscribe to, two external contacts and 30 days of send history); with
// HERALD_DEMO_DATA=false only the first administrator the environment names (prisma/seed/bootstrap.ts).
// Runs on every `npm start`, syncs the catalog, and adds no user once any user exists.
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient } from "@/lib/db/client";
import { createGroup, createUser } from "./factories";
import { seedHistory } from "./history";
import { seedSigning } from "./history-links";
import { seedSubscriptions } from "./subscriptions";
import { seedOptionsFromEnv, type SeedOptions } from "./bootstrap";
import { demoAdmin, demoAuditor, demoEmail, demoGroups, demoPasswords, demoUsers } from "./demo-data";

export async function seed(
  url: string,
  log: (line: string) => void = () => {},
  options: SeedOptions = seedOptionsFromEnv(process.env),
) {
  const db = createPrismaClient(url, { max: 4 });
  try {
    const catalog = await syncCatalog(db);
    log(`Catalog: ${catalog.categories} categories, ${catalog.types} notification types`);
    if ((await db.user.count()) > 0) return { seeded: false };
    if (!options.demo) {
      if (!options.admin) {
        throw new Error(
          "The database has no user and HERALD_DEMO_DATA=false: set HERALD_ADMIN_EMAIL and HERALD_ADMIN_PASSWORD " +
            "to create the first administrator",
        );
      }
      await createUser(db, { ...options.admin, role: "ADMIN" });
      log(`Created the first administrator, ${options.admin.email}`);
      return { seeded: true };
    }

    await createUser(db, { ...demoAdmin, password: demoPasswords.admin });
    await createUser(db, { ...demoAuditor, password: demoPasswords.auditor });
    const ids = new Map<string, string[]>();
    for (const person of demoUsers) {
      const user = await createUser(db, {
        email: demoEmail(person.name),
        name: person.name,
        password: demoPasswords.user,
        locale: person.locale,
        timeZone: person.timeZone,
      });
      for (const group of person.groups) ids.set(group, [...(ids.get(group) ?? []), user.id]);
    }
    for (const group of demoGroups) {
      const created = await createGroup(db, group.name, ids.get(group.name) ?? []);
      await db.group.update({ where: { id: created.id }, data: { description: group.description } });
    }
    await seedSubscriptions(db);
    log(
      `Demo send history: ${(await seedHistory(db, { signing: seedSigning() })).deliveries} deliveries over 30 days`,
    );
    log(`Seeded ${demoUsers.length + 2} demo users, ${demoGroups.length} groups and their subscriptions`);
    return { seeded: true };
  } finally {
    await db.$disconnect();
  }
}
