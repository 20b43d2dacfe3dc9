// Builders for the worker's integration tests (never imported by the app). Each test file gets a
// database of its own on the run's PostgreSQL server: a worker claims every due delivery it can see,
// so in the shared database it would send (and change) other test files' deliveries, and theirs mine.
import type { DbOrTx } from "@/lib/db/transaction";
import { randomBytes } from "node:crypto";
import { inject, vi } from "vitest";
import { syncCatalog } from "@/lib/catalog/sync";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { dropDatabase, ensureDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { createMailSender } from "@/lib/mail/sender";
import { createResendTransport } from "@/lib/mail/resend";
import { createMailboxTransport } from "@/lib/mail/mailbox";
import type { MailTransportName } from "@/lib/mail/types";
import { samplePayloads, type TypeKey } from "@/lib/templates/payloads";
import type { FakeResend } from "@/tests/fakes/fake-resend";

export interface IsolatedDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

export async function isolatedDatabase(): Promise<IsolatedDatabase> {
  const admin = new URL(inject("databaseUrl"));
  admin.pathname = "/postgres";
  const name = `herald_worker_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(admin.toString(), name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = createPrismaClient(url.toString(), { max: 8 });
  await syncCatalog(db);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase(admin.toString(), name);
    },
  };
}

/** Mail settings naming the transports, and a sender using the fake Resend and the mailbox. */
export async function senderFor(
  db: Database,
  resend: FakeResend,
  settings: {
    primary?: MailTransportName;
    secondary?: MailTransportName | null;
    failoverAfter?: number;
    /** The Resend transport's timeout (default 10 s). */
    timeoutMs?: number;
  } = {},
) {
  const data = {
    primary: settings.primary ?? "RESEND",
    secondary: settings.secondary ?? null,
    failoverAfter: settings.failoverAfter ?? 3,
    coolDownSeconds: 300,
  };
  await db.mailSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  await db.transportHealth.deleteMany();
  return createMailSender(db, {
    transports: {
      RESEND: createResendTransport({
        apiKey: resend.apiKey,
        baseUrl: resend.baseUrl,
        timeoutMs: settings.timeoutMs ?? 10_000,
      }),
      MAILBOX: createMailboxTransport(db),
    },
  });
}

export function addresses(count: number, tag = randomBytes(3).toString("hex")) {
  return Array.from({ length: count }, (_, index) => `r${index}-${tag}@example.test`);
}

/** An event of `typeKey` (its sample payload) for the given addresses or users besides its subscribers. */
export async function enqueueTo(
  db: DbOrTx,
  recipients: (string | { userId: string })[],
  typeKey: TypeKey = "access-control.request-approved",
) {
  return enqueueEvent(
    db,
    {
      typeKey,
      payload: samplePayloads[typeKey],
      recipients: recipients.map((recipient) =>
        typeof recipient === "string" ? { email: recipient } : recipient,
      ),
    },
    { kind: "API" },
  );
}

/** Polls `check` until it holds (or throws its last failure after `timeout`). */
export function eventually<T>(check: () => Promise<T>, timeout = 20_000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 50 });
}

export async function statusCounts(db: Database, eventId: string) {
  const rows = await db.delivery.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}
