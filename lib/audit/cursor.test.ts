import { describe, expect, it } from "vitest";
import { decodeAuditCursor, encodeAuditCursor, type AuditCursor } from "./cursor";

describe("audit cursor", () => {
  it("round-trips a position and direction through an opaque URL-safe token", () => {
    const cursors: AuditCursor[] = [
      { direction: "older", createdAt: new Date("2026-03-01T12:34:56.789Z"), id: 1n },
      { direction: "newer", createdAt: new Date(0), id: 2n ** 63n - 1n },
      { direction: "older", createdAt: new Date("1969-12-31T23:59:59.999Z"), id: 90_071_992_547_409_930n },
    ];
    for (const cursor of cursors) {
      const token = encodeAuditCursor(cursor);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeAuditCursor(token)).toEqual(cursor);
    }
  });

  it("refuses anything that is not a token it wrote", () => {
    const token = (plain: string) => Buffer.from(plain).toString("base64url");
    const refused = [
      "",
      "%00",
      "a b",
      "x".repeat(65),
      token("x.1.1"),
      token("o.1.0"),
      token("o.1.-1"),
      token("o.1.9223372036854775808"),
      token("o.99999999999999999.1"),
      token("o.1.1.1"),
      token("o.1e3.1"),
      token("o..1"),
      token("o.1.1\u0000"),
    ];
    for (const value of refused) expect(decodeAuditCursor(value), value).toBeNull();
  });
});
