import { describe, expect, it } from "vitest";
import { createDeviceSchema } from "./schemas";

const parse = (fields: Record<string, string>) =>
  createDeviceSchema.safeParse({ name: "d", host: "h", ports: "22", ...fields });

describe("createDeviceSchema", () => {
  it("accepts host names, IPv4 and IPv6 addresses", () => {
    for (const host of ["fw-01.example.com", "10.0.0.5", "::1", "fe80::1", "2001:db8::8a2e:370:7334"]) {
      expect(parse({ host }).success, host).toBe(true);
    }
  });

  it("refuses what is neither", () => {
    for (const host of ["bad host", "-x.example", "a..b", "http://x", "..", "x".repeat(254)]) {
      expect(parse({ host }).success, host).toBe(false);
    }
  });

  it("reads ports as a sorted, de-duplicated list and refuses out-of-range or too many", () => {
    const parsed = parse({ ports: "443 22, 22" });
    expect(parsed.success && parsed.data.ports).toEqual([22, 443]);
    expect(parse({ ports: "0" }).success).toBe(false);
    expect(parse({ ports: "65536" }).success).toBe(false);
    expect(parse({ ports: "22x" }).success).toBe(false);
    expect(parse({ ports: Array.from({ length: 51 }, (_, i) => i + 1).join(",") }).success).toBe(false);
  });
});
