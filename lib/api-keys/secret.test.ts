import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey, parseApiKey } from "./secret";

describe("API key secrets", () => {
  it("generates keys whose prefix is public and whose hash is all that identifies them", () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    expect(parseApiKey(key)).toBe(prefix);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key.slice(prefix.length + 1));
  });

  it("never repeats a key", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey().key));
    expect(keys.size).toBe(1000);
  });

  it("rejects malformed keys", () => {
    for (const bad of [
      "",
      "hk_short_x",
      "Bearer hk_abc",
      `xx_${"a".repeat(10)}_${"b".repeat(43)}`,
      `hk_${"a".repeat(10)}_${"b".repeat(42)}`,
    ]) {
      expect(parseApiKey(bad)).toBeNull();
    }
  });
});
