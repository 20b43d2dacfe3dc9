// Builders shared by the seed, the integration tests and the Playwright fixtures.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { toDbLocale, type AppLocale } from "@/lib/i18n/locales";

export interface UserSpec {
  email?: string;
  name?: string;
  role?: Role;
  password?: string;
  locale?: AppLocale;
  timeZone?: string;
  disabled?: boolean;
}

export async function createUser(db: Database, spec: UserSpec = {}) {
  const suffix = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: (spec.email ?? `user-${suffix}@example.test`).toLowerCase(),
      name: spec.name ?? `Test User ${suffix}`,
      role: spec.role ?? "USER",
      passwordHash: await hashPassword(spec.password ?? "Correct-Horse-42"),
      locale: toDbLocale(spec.locale ?? "en"),
      timeZone: spec.timeZone ?? "UTC",
      disabledAt: spec.disabled ? new Date() : null,
    },
  });
}

export async function createGroup(db: Database, name?: string, memberIds: string[] = []) {
  return db.group.create({
    data: {
      name: name ?? `Group ${randomUUID().slice(0, 8)}`,
      members: { create: memberIds.map((userId) => ({ userId })) },
    },
  });
}
