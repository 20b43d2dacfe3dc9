// Demo data for an empty database: an admin, an auditor, 25 users in five groups, what the groups
// subscribe to and two external contacts.
// Runs on every `npm start`, and does nothing once any user exists.
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient } from "@/lib/db/client";
import { createGroup, createUser } from "./factories";
import { seedHistory } from "./history";
import { seedSubscriptions } from "./subscriptions";
import { demoAdmin, demoAuditor, demoEmail, demoGroups, demoPasswords, demoUsers } from "./demo-data";

export async function seed(url: string, log: (line: string) => void = () => {}) {
  const db = createPrismaClient(url, { max: 4 });
  try {
    const catalog = await syncCatalog(db);
    log(`Catalog: ${catalog.categories} categories, ${catalog.types} notification types`);
    if ((await db.user.count()) > 0) return { seeded: false };

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
    log(`Demo send history: ${(await seedHistory(db)).deliveries} deliveries over 30 days`);
    log(`Seeded ${demoUsers.length + 2} demo users, ${demoGroups.length} groups and their subscriptions`);
    return { seeded: true };
  } finally {
    await db.$disconnect();
  }
}
