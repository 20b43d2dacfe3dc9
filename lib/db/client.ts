// Builds a Prisma client over node-postgres. The app uses the singleton in lib/db/index.ts; seeds,
// tests and benchmarks build their own against the database they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    // A server that drops packets instead of refusing (a firewall, a dead host) must not hold a request
    // forever: a new connection that is not up within 10 s fails, and the request gets its 503.
    connectionTimeoutMillis: 10_000,
    // Dead peers of idle pooled connections are noticed by TCP keep-alive rather than by the next query.
    keepAlive: true,
  });
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer by accident: reading them takes an explicit `omit: { … false }`.
    omit: { user: { passwordHash: true }, apiKey: { hash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
