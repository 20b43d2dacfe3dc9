import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { createMailboxTransport } from "./mailbox";

describe("mailbox transport", () => {
  it("stores the message, one line subject and clean headers, and returns its id", async () => {
    const db = testDb();
    const to = `mailbox-${randomUUID()}@example.test`;
    const { id } = await createMailboxTransport(db).send({
      to,
      from: "Herald <herald@localhost>",
      subject: "Line one\r\nBcc: evil@example.com",
      html: "<p>Hi</p>",
      text: "Hi",
      headers: { "X-Herald-Test": "1", "X-Note": "a\nb" },
    });
    const row = await db.mailboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      to,
      subject: "Line one Bcc: evil@example.com",
      html: "<p>Hi</p>",
      text: "Hi",
    });
    expect(row.headers).toEqual({ "X-Herald-Test": "1", "X-Note": "a b" });
  });

  it("writes inside the caller's transaction", async () => {
    const db = testDb();
    const to = `mailbox-${randomUUID()}@example.test`;
    await expect(
      db.$transaction(async (tx) => {
        await createMailboxTransport(tx).send({
          to,
          from: "h@localhost",
          subject: "s",
          html: "h",
          text: "t",
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.mailboxMessage.count({ where: { to } })).toBe(0);
  });
});
