import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribe } from "@/lib/subscriptions/testing";
import { copyFor } from "@/lib/templates/copy";
import { samplePayloads } from "@/lib/templates/payloads";
import { escapeHtml } from "@/lib/templates/render";
import { createUser } from "@/prisma/seed/factories";
import { previewDispatchEmail } from "./preview-email";
import { isolatedDatabase, type IsolatedDatabase } from "./worker/testing";

// A database of this file's own: the empty state needs a type nobody in the run subscribed to.
let database: IsolatedDatabase;

beforeAll(async () => {
  database = await isolatedDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const TYPE = "access-control.request-approved";
const admin = { id: "00000000-0000-4000-8000-000000000001", role: "ADMIN" as const };

describe("the dispatch form's e-mail preview", () => {
  it("is the first recipient's copy: their name, language and time zone, not the administrator's", async () => {
    const jane = await createUser(database.db, {
      name: "Jane Doe",
      locale: "pt-BR",
      timeZone: "America/Sao_Paulo",
    });
    const paul = await createUser(database.db, { name: "Paul Smith", locale: "en" });
    await subscribe(database.db, { userId: paul.id }, { typeKey: TYPE });
    await subscribe(database.db, { userId: jane.id }, { typeKey: TYPE });

    const preview = await previewDispatchEmail(
      admin,
      { typeKey: TYPE, payload: samplePayloads[TYPE] },
      database.db,
    );

    expect(preview.recipient).toEqual({
      name: "Jane Doe",
      email: jane.email,
      locale: "pt-BR",
      timeZone: "America/Sao_Paulo",
      mode: "IMMEDIATE",
    });
    expect(preview.email?.html).toContain(escapeHtml(copyFor("pt-BR").layout.greeting("Jane Doe")));
    expect(preview.email?.text).toContain(copyFor("pt-BR").layout.greeting("Jane Doe"));
    expect(preview.email?.html).not.toContain("Paul Smith");
  });

  it("previews an address the event names when nobody subscribed, and shows nobody's copy when nobody gets it", async () => {
    const typeKey = "password-backup.backup-error";
    expect(
      await previewDispatchEmail(admin, { typeKey, payload: samplePayloads[typeKey] }, database.db),
    ).toEqual({ recipient: null, email: null });

    const named = await previewDispatchEmail(
      admin,
      { typeKey, payload: samplePayloads[typeKey], extraRecipients: [{ email: "oncall@example.test" }] },
      database.db,
    );
    expect(named.recipient).toMatchObject({ email: "oncall@example.test", locale: "en", timeZone: "UTC" });
    expect(named.email?.subject).toBeTruthy();
  });

  it("refuses anyone but an administrator, and a payload the type's schema rejects", async () => {
    await expect(
      previewDispatchEmail(
        { ...admin, role: "AUDITOR" },
        { typeKey: TYPE, payload: samplePayloads[TYPE] },
        database.db,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      previewDispatchEmail(admin, { typeKey: TYPE, payload: {} }, database.db),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
