import { describe, expect, inject, it } from "vitest";
import { eventually } from "@/lib/dispatch/worker/testing";
import { Prisma } from "@/generated/prisma/client";
import { databaseUnavailable } from "@/lib/errors";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";
import { subscribe } from "@/lib/subscriptions/testing";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { freePort } from "@/tests/free-port";
import { testDb } from "@/tests/db";
import { createPrismaClient } from "./client";
import { queryPrepared } from "./prepared";

const db = testDb();

describe("prepared statements", () => {
  it("answer what the same query answers through Prisma, call after call", async () => {
    const typeKey = "certificates.expiration-warning-60d";
    const user = await createUser(db);
    const contact = await db.contact.create({
      data: { email: `contact-${user.id}@example.test`, name: "Contact", quietStart: 1320, quietEnd: 420 },
    });
    const group = await createGroup(db, undefined, [user.id]);
    await subscribe(db, { groupId: group.id }, { typeKey });
    await subscribe(db, { contactId: contact.id }, { typeKey });
    const extra = [{ email: `Someone.${user.id}@Example.test` }];
    // Through a transaction: Prisma's raw query. On the client: a named prepared statement, whose
    // plan PostgreSQL caches after a few calls; both must keep answering the same.
    // Other test files may subscribe other people to this type meanwhile: compare this test's own.
    const mine = (recipients: ResolvedRecipient[]) =>
      recipients.filter((recipient) => recipient.email.includes(user.id) || recipient.id === user.id);
    const viaPrisma = mine(
      await db.$transaction((tx) => resolveRecipients(tx, { typeKey, extraRecipients: extra })),
    );
    for (let call = 0; call < 7; call += 1) {
      expect(mine(await resolveRecipients(db, { typeKey, extraRecipients: extra }))).toEqual(viaPrisma);
    }
    expect(viaPrisma.map((recipient) => recipient.email)).toEqual(
      expect.arrayContaining([user.email, contact.email, `someone.${user.id}@example.test`]),
    );

    const sql = Prisma.sql`SELECT ${7}::int AS n, ${"x"}::text AS t, now() AS at, '{"a":1}'::jsonb AS j,
                           ARRAY['a','b']::text[] AS list, true AS yes`;
    const [prepared] = await queryPrepared<Record<string, unknown>>(db, sql);
    const [raw] = await db.$queryRaw<Record<string, unknown>[]>(sql);
    expect({ ...prepared, at: typeof prepared!.at }).toEqual({ ...raw, at: typeof raw!.at });
    expect(prepared!.at).toBeInstanceOf(Date);
  });

  it("survive the server closing an idle connection of a client that never ran a Prisma query", async () => {
    // Prisma's adapter listens for a pool's errors only once its first query ran; an unheard 'error'
    // would end the process (vitest fails the run on it).
    const client = createPrismaClient(inject("databaseUrl"), { max: 1 });
    try {
      const [own] = await queryPrepared<{ pid: number }>(client, Prisma.sql`SELECT pg_backend_pid() AS pid`);
      await db.$queryRaw`SELECT pg_terminate_backend(${own!.pid}::int)`;
      // The pool drops the closed connection and opens another.
      await eventually(async () => {
        const [next] = await queryPrepared<{ pid: number }>(
          client,
          Prisma.sql`SELECT pg_backend_pid() AS pid`,
        );
        expect(next!.pid).not.toBe(own!.pid);
      });
    } finally {
      await client.$disconnect();
    }
  });

  it("report a database that is not there the way Prisma's errors are, and a bad statement as a statement error", async () => {
    const nowhere = createPrismaClient(`postgresql://herald:x@127.0.0.1:${await freePort()}/none`, {
      max: 1,
    });
    try {
      const failure = await queryPrepared(nowhere, Prisma.sql`SELECT 1`).catch((error: unknown) => error);
      expect(databaseUnavailable(failure)).toBe(true);
    } finally {
      await nowhere.$disconnect();
    }
    const wrong = await queryPrepared(db, Prisma.sql`SELECT 1 / ${0}::int`).catch((error: unknown) => error);
    expect(wrong).toMatchObject({ code: "22012", kind: "postgres" });
    expect(databaseUnavailable(wrong)).toBe(false);
  });
});
