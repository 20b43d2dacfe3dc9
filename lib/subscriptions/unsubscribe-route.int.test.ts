import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/unsubscribe/[token]/one-click/route";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { createContact, subscribe } from "./testing";
import { createUnsubscribeToken } from "./unsubscribe-token";

function oneClick(
  token: string,
  body = "List-Unsubscribe=One-Click",
  type = "application/x-www-form-urlencoded",
) {
  const request = new NextRequest(`http://localhost/unsubscribe/${token}/one-click`, {
    method: "POST",
    headers: { "content-type": type },
    body,
  });
  return POST(request, { params: Promise.resolve({ token }) });
}

describe("POST /unsubscribe/{token}/one-click (RFC 8058)", () => {
  it("mutes the type for a contact at once and answers 200", async () => {
    const contact = await createContact(testDb());
    await subscribe(testDb(), { contactId: contact.id }, { categoryKey: "devices" });
    const response = await oneClick(
      createUnsubscribeToken({
        recipient: { kind: "contact", id: contact.id },
        typeKey: "devices.connectivity-lost",
      }),
    );
    expect(response.status).toBe(200);
    expect(
      await testDb().preference.findMany({
        where: { contactId: contact.id },
        select: { typeKey: true, muted: true },
      }),
    ).toEqual([{ typeKey: "devices.connectivity-lost", muted: true }]);
    const audit = await testDb().auditLog.findFirst({ where: { targetId: contact.id } });
    expect(audit).toMatchObject({ action: "preference.update", actorLabel: "unsubscribe link" });
  });

  it("answers 400 for a wrong body or a tampered token and 409 for a mandatory type, changing nothing", async () => {
    const user = await createUser(testDb());
    const recipient = { kind: "user" as const, id: user.id };
    const token = createUnsubscribeToken({ recipient, typeKey: "devices.connectivity-lost" });
    expect((await oneClick(token, "List-Unsubscribe=Yes")).status).toBe(400);
    expect((await oneClick(token, "{}", "application/json")).status).toBe(400);
    // The signature's first character, not its last: base64url's last character of 32 bytes carries
    // two unused bits, so changing it may decode to the same signature (a full run failed so on 2026-12-02).
    const at = token.indexOf(".") + 1;
    const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    expect((await oneClick(tampered)).status).toBe(400);
    expect((await oneClick("garbage")).status).toBe(400);
    const mandatory = await oneClick(
      createUnsubscribeToken({ recipient, typeKey: "certificates.expiration-alert-today" }),
    );
    expect(mandatory.status).toBe(409);
    expect(((await mandatory.json()) as { error: { message: string } }).error.message).toMatch(
      /security policy/,
    );
    expect(await testDb().preference.count({ where: { userId: user.id } })).toBe(0);
  });
});
