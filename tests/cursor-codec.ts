// What the keyset cursor tests of each list share: its tokens round-trip and are opaque and URL-safe,
// and nothing but a token it wrote decodes. Each list gives its own positions and forgeries.
import { describe, expect, it } from "vitest";

interface Codec<C> {
  encode(cursor: C): string;
  decode(token: string): C | null;
}

/** The forgeries every list refuses: empty, escaped, spaced, `length` characters long. */
export function commonForgeries(length: number) {
  return ["", "%00", "a b", "x".repeat(length)];
}

/** `plain` base64url-encoded like a token, to forge one with a chosen content. */
export function tokenOf(plain: string) {
  return Buffer.from(plain).toString("base64url");
}

export function describeCursorCodec<C>(
  name: string,
  codec: Codec<C>,
  cases: { valid: C[]; refused: string[] },
) {
  describe(name, () => {
    it("round-trips a position and direction through an opaque URL-safe token", () => {
      for (const cursor of cases.valid) {
        const token = codec.encode(cursor);
        expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(codec.decode(token)).toEqual(cursor);
      }
    });

    it("refuses anything that is not a token it wrote", () => {
      for (const value of cases.refused) expect(codec.decode(value), value).toBeNull();
    });
  });
}
