import { describe, expect, it } from "vitest";
import { verifyUnsubscribeToken } from "@/lib/subscriptions/unsubscribe-token";
import * as testSend from "@/lib/templates/test-send";
import { notificationTypes } from "@/lib/catalog/definitions";
import {
  digestOneClickUrl,
  headersFor,
  personalFor,
  reasonFor,
  TEST_HEADER,
  TEST_SUBJECT_PREFIX,
} from "./personal";

const userId = "0192f0c4-1111-7000-8000-000000000001";
const optional = "access-control.request-approved";
const mandatory = "access-control.request-created";

const base = {
  locale: "en" as const,
  recipientKind: "USER" as const,
  userId,
  contactId: null,
  name: "Ana Souza",
  reasons: [{ via: "direct", target: "type" }],
  test: false,
};

describe("personalFor", () => {
  it("gives a non-mandatory type an unsubscribe link signed for this recipient and type", () => {
    const personal = personalFor({ ...base, typeKey: optional });
    expect(personal.oneClickUrl).toBe(`${personal.unsubscribeUrl}/one-click`);
    const token = personal.unsubscribeUrl!.split("/unsubscribe/")[1]!;
    const verified = verifyUnsubscribeToken(token);
    expect(verified).toMatchObject({
      ok: true,
      claims: { recipient: { kind: "user", id: userId }, typeKey: optional },
    });
  });

  it("gives no unsubscribe link to a mandatory type, a bare address or a test", () => {
    expect(personalFor({ ...base, typeKey: mandatory }).unsubscribeUrl).toBeUndefined();
    expect(
      personalFor({ ...base, typeKey: optional, recipientKind: "ADDRESS", userId: null }).unsubscribeUrl,
    ).toBeUndefined();
    const test = personalFor({ ...base, typeKey: optional, test: true });
    expect(test).toMatchObject({ test: true, reason: expect.stringContaining("test") });
    expect(test.unsubscribeUrl).toBeUndefined();
  });
});

describe("reasonFor", () => {
  it("names the group and the category in the recipient's language", () => {
    const reasons = [
      {
        via: "group",
        groupId: "g",
        groupName: "Security Operations",
        target: "category",
        categoryKey: "access-control",
      },
    ];
    expect(reasonFor(optional, "en", reasons)).toBe(
      "You receive this because you are a member of Security Operations, which is subscribed to Access control.",
    );
    expect(reasonFor(optional, "pt-BR", reasons)).toContain("Security Operations");
  });

  it("tells an event-named recipient of a mandatory type that it is mandatory, and leaves others to the fallback", () => {
    expect(reasonFor(mandatory, "en", [{ via: "event" }])).toContain("role requires");
    expect(reasonFor(optional, "en", [{ via: "event" }])).toBe("");
  });
});

describe("headersFor", () => {
  it("sets Message-ID, Herald's ids and the RFC 8058 pair when there is a one-click link", () => {
    const headers = headersFor({
      deliveryId: "d1",
      eventId: "e1",
      messageId: "d1@herald.test",
      personal: { oneClickUrl: "https://herald.test/unsubscribe/t/one-click" },
    });
    expect(headers).toEqual({
      "Message-ID": "<d1@herald.test>",
      "X-Herald-Delivery-Id": "d1",
      "X-Herald-Event-Id": "e1",
      "List-Unsubscribe": "<https://herald.test/unsubscribe/t/one-click>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("marks a test and leaves out List-Unsubscribe without a link", () => {
    const headers = headersFor({ deliveryId: "d1", messageId: "m", personal: { test: true } });
    expect(headers[TEST_HEADER]).toBe("1");
    expect(headers).not.toHaveProperty("List-Unsubscribe");
    expect(headers).not.toHaveProperty("List-Unsubscribe-Post");
  });

  it("uses the same test marks as the template test send", () => {
    expect(TEST_HEADER).toBe(testSend.TEST_HEADER);
    expect(TEST_SUBJECT_PREFIX).toBe(testSend.TEST_SUBJECT_PREFIX);
  });
});

describe("digestOneClickUrl", () => {
  const row = { recipientKind: "USER" as const, userId, contactId: null };

  it("signs one link for every non-mandatory type of the digest, for its recipient", () => {
    const url = digestOneClickUrl([
      { ...row, typeKey: optional },
      { ...row, typeKey: "devices.connectivity-restored" },
      { ...row, typeKey: optional },
      { ...row, typeKey: mandatory },
    ]);
    const token = url!.match(/\/unsubscribe\/([^/]+)\/one-click$/)![1]!;
    const verified = verifyUnsubscribeToken(token);
    expect(verified).toMatchObject({
      ok: true,
      claims: {
        recipient: { kind: "user", id: userId },
        typeKey: optional,
        moreTypeKeys: ["devices.connectivity-restored"],
      },
    });
  });

  it("gives none to a bare address, nor when the types would not fit in a link", () => {
    expect(
      digestOneClickUrl([{ typeKey: optional, recipientKind: "ADDRESS", userId: null, contactId: null }]),
    ).toBeUndefined();
    const optionalTypes = notificationTypes.filter((type) => !type.mandatory).map((type) => type.key);
    expect(optionalTypes.length).toBeGreaterThan(60);
    expect(digestOneClickUrl(optionalTypes.map((typeKey) => ({ ...row, typeKey })))).toBeUndefined();
  });
});
