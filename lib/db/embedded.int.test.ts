// The embedded server as `npm start` runs it: Herald's processes reach it through the Unix socket in
// its cluster's folder, and TCP on 127.0.0.1 stays open for psql and other tools.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/tests/free-port";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded";

const dataDir = path.resolve(`.data/test/embedded-${process.pid}-${randomBytes(3).toString("hex")}`);
let server: RunningPostgres;
let port: number;

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port, database: "herald" });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The address the server sees the connection on: null for a Unix socket. */
async function serverAddress(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ address: string | null }>("SELECT inet_server_addr() AS address");
    return rows[0]!.address;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("is reached through the Unix socket in its cluster's folder", async () => {
    expect(existsSync(path.join(dataDir, "postgres", `.s.PGSQL.${port}`))).toBe(true);
    expect(await serverAddress(server.url)).toBeNull();
    expect(await serverAddress(server.adminUrl)).toBeNull();
  });

  it("still listens on 127.0.0.1 for other tools", async () => {
    const tcp = new URL(server.url);
    tcp.searchParams.delete("host");
    expect(await serverAddress(tcp.toString())).toBe("127.0.0.1");
  });
});
