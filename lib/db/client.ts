// Builds a Prisma client over node-postgres. The app uses the singleton in lib/db/index.ts; seeds,
// tests and benchmarks build their own against the database they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer by accident: reading them takes an explicit `omit: { … false }`.
    omit: { user: { passwordHash: true }, apiKey: { hash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
