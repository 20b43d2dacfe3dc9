import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Database } from "./client";

// One client per process; development hot reloads would otherwise open a pool per edit.
const globalForDb = globalThis as unknown as { heraldDb?: Database };

export const db = globalForDb.heraldDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.heraldDb = db;

export type { Database, Transaction } from "./client";
