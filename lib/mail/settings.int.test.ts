import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { testActor } from "@/tests/db";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/tests/fakes/isolated-database";
import { startSmtpSink, type SmtpSink } from "@/tests/fakes/smtp-sink";
import { updateMailSettingsSchema } from "./schemas";
import { getMailSettingsView, updateMailSettings } from "./settings";
import { createSmtpTransport } from "./smtp";
import { sendTransportTest } from "./test-email";

// The one MailSettings row and the TransportHealth rows are process-wide: a database of its own.
let isolated: IsolatedDatabase;
let db: Database;
let sink: SmtpSink;

beforeAll(async () => {
  [isolated, sink] = await Promise.all([createIsolatedDatabase("herald_mailsettings"), startSmtpSink()]);
  db = isolated.db;
});
afterAll(async () => {
  await sink.close();
  await isolated.drop();
});
beforeEach(async () => {
  await db.mailSettings.deleteMany();
  await db.transportHealth.deleteMany();
});

const admin = { role: "ADMIN" as const };
const input = (overrides: Record<string, unknown> = {}) =>
  updateMailSettingsSchema.parse({
    primary: "MAILBOX",
    secondary: "",
    failoverAfter: "5",
    coolDownSeconds: "60",
    replyTo: "SOC@Bank.example",
    ...overrides,
  });

describe("mail settings", () => {
  it("shows MAIL_TRANSPORT's defaults before anything is saved, to admins and auditors, not to users", async () => {
    const view = await getMailSettingsView({ role: "AUDITOR" }, {}, db);
    expect(view).toMatchObject({
      primary: "MAILBOX",
      secondary: null,
      failoverAfter: 3,
      coolDownSeconds: 300,
      saved: false,
    });
    expect(
      view.transports.map((transport) => [transport.name, transport.configured, transport.inUse]),
    ).toEqual([
      ["MAILBOX", true, true],
      ["SMTP", false, false],
      ["RESEND", false, false],
    ]);
    await expect(getMailSettingsView({ role: "USER" }, {}, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("saves the order, thresholds and Reply-To with an audit entry of before and after", async () => {
    const actor = testActor();
    actor.requestId = randomUUID();
    await updateMailSettings(db, actor, input());
    expect(await db.mailSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      primary: "MAILBOX",
      secondary: null,
      failoverAfter: 5,
      coolDownSeconds: 60,
      replyTo: "soc@bank.example",
    });
    await updateMailSettings(db, actor, input({ failoverAfter: "7", replyTo: "" }));
    const entries = await db.auditLog.findMany({
      where: { requestId: actor.requestId },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      [
        "mail-settings.update",
        null,
        {
          primary: "MAILBOX",
          secondary: null,
          failoverAfter: 5,
          coolDownSeconds: 60,
          replyTo: "soc@bank.example",
        },
      ],
      [
        "mail-settings.update",
        {
          primary: "MAILBOX",
          secondary: null,
          failoverAfter: 5,
          coolDownSeconds: 60,
          replyTo: "soc@bank.example",
        },
        { primary: "MAILBOX", secondary: null, failoverAfter: 7, coolDownSeconds: 60, replyTo: null },
      ],
    ]);
    expect(await getMailSettingsView(admin, {}, db)).toMatchObject({
      saved: true,
      failoverAfter: 7,
      replyTo: null,
    });
  });

  it("refuses a transport this server has no settings for, and writes nothing", async () => {
    const error = await updateMailSettings(db, testActor(), input({ secondary: "SMTP" })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_REQUEST", details: { secondary: ["transportNotConfigured"] } });
    expect(await db.mailSettings.count()).toBe(0);
  });

  it("shows each transport's health: failures, the cool-down and the secondary in use", async () => {
    await db.transportHealth.create({
      data: {
        name: "MAILBOX",
        consecutiveFailures: 4,
        coolDownUntil: new Date(Date.now() + 60_000),
        lastError: "database unavailable",
        lastFailureAt: new Date(),
      },
    });
    const view = await getMailSettingsView(admin, {}, db);
    expect(view.transports[0]).toMatchObject({
      name: "MAILBOX",
      role: "primary",
      consecutiveFailures: 4,
      lastError: "database unavailable",
      coolDownUntil: expect.any(Date),
      inUse: true, // no secondary: the primary stays in use
    });
  });
});

describe("send test e-mail", () => {
  const to = { email: "admin@bank.example", name: "Ana", locale: "pt-BR" as const };

  it("sends straight through the chosen transport to the administrator, audits it and clears the health", async () => {
    await db.transportHealth.create({
      data: { name: "SMTP", consecutiveFailures: 3, coolDownUntil: new Date(Date.now() + 60_000) },
    });
    const actor = { ...testActor(), requestId: randomUUID() };
    const result = await sendTransportTest(db, actor, to, "SMTP", {
      transport: createSmtpTransport({ url: sink.url }),
    });
    expect(result).toEqual({ ok: true, to: to.email });
    expect(sink.messages.at(-1)).toMatchObject({
      to: [to.email],
      subject: "[TESTE] Verificação de e-mail do Herald: SMTP",
      headers: { "x-herald-test": "1" },
    });
    expect(await db.transportHealth.findUnique({ where: { name: "SMTP" } })).toMatchObject({
      consecutiveFailures: 0,
      coolDownUntil: null,
    });
    const [entry] = await db.auditLog.findMany({ where: { requestId: actor.requestId } });
    expect(entry).toMatchObject({
      action: "mail-transport.test-send",
      targetId: "SMTP",
      after: { to: to.email, ok: true },
    });
  });

  it("reports and audits a transport that refuses the test", async () => {
    sink.rejectRecipient(to.email, 550, "5.1.1 no such user");
    const actor = { ...testActor(), requestId: randomUUID() };
    const result = await sendTransportTest(db, actor, to, "SMTP", {
      transport: createSmtpTransport({ url: sink.url }),
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("no such user") });
    const [entry] = await db.auditLog.findMany({ where: { requestId: actor.requestId } });
    expect(entry?.after).toMatchObject({ ok: false, error: expect.stringContaining("no such user") });
    sink.reset();
  });

  it("refuses a transport that is not configured", async () => {
    await expect(sendTransportTest(db, testActor(), to, "RESEND")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "transportNotConfigured",
    });
  });
});
