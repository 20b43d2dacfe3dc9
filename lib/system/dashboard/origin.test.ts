import { describe, expect, it } from "vitest";
import { originOf } from "./origin";

describe("originOf", () => {
  it("keeps an IPv4 or IPv6 address, and names an IPv4 client behind an IPv6 socket by its IPv4 address", () => {
    expect(originOf("203.0.113.7")).toEqual({ ip: "203.0.113.7" });
    expect(originOf("2001:db8::1")).toEqual({ ip: "2001:db8::1" });
    expect(originOf("::ffff:10.1.2.3")).toEqual({ ip: "10.1.2.3" });
  });

  it("says the address is unknown rather than inventing one", () => {
    for (const ip of [null, "unknown", "", "300.1.1.1", "<script>"])
      expect(originOf(ip)).toEqual({ ip: "0.0.0.0", location: "unknown" });
  });
});
