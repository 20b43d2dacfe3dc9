import { describe, expect, it } from "vitest";
import { decodeHistoryCursor, encodeHistoryCursor, type HistoryCursor } from "./cursor";

describe("history cursor", () => {
  it("round-trips a position and direction through an opaque URL-safe token", () => {
    const cursors: HistoryCursor[] = [
      {
        direction: "older",
        createdAt: new Date("2026-11-30T12:34:56.789Z"),
        id: "019ad3b2-7c1e-7a10-8f00-0123456789ab",
      },
      { direction: "newer", createdAt: new Date(0), id: "00000000-0000-0000-0000-000000000000" },
    ];
    for (const cursor of cursors) {
      const token = encodeHistoryCursor(cursor);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeHistoryCursor(token)).toEqual(cursor);
    }
  });

  it("refuses anything that is not a token it wrote", () => {
    const token = (plain: string) => Buffer.from(plain).toString("base64url");
    const refused = [
      "",
      "%00",
      "a b",
      "x".repeat(97),
      token("x.1.019ad3b2-7c1e-7a10-8f00-0123456789ab"),
      token("o.1.not-a-uuid"),
      token("o.1.019ad3b2-7c1e-7a10-8f00-0123456789AB"),
      token("o.99999999999999999.019ad3b2-7c1e-7a10-8f00-0123456789ab"),
      token("o.1.019ad3b2-7c1e-7a10-8f00-0123456789ab.1"),
      token("o.1.'; drop table--"),
    ];
    for (const value of refused) expect(decodeHistoryCursor(value)).toBeNull();
  });
});
