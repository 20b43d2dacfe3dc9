// Resolves the database for command-line tools, tests and the launcher: DATABASE_URL when given,
// otherwise Herald's embedded PostgreSQL under HERALD_DATA_DIR (default `.data`).
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded";

export const DEFAULT_DATA_DIR = ".data";
export const DEFAULT_PG_PORT = 54329;

export async function openDatabase(log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const adminUrl = new URL(external);
    adminUrl.pathname = "/postgres";
    return { url: external, adminUrl: adminUrl.toString(), stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: process.env.HERALD_DATA_DIR ?? DEFAULT_DATA_DIR,
    port: Number(process.env.HERALD_PG_PORT ?? DEFAULT_PG_PORT),
    database: "herald",
    log,
  });
}
