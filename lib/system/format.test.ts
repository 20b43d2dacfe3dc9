import { describe, expect, it } from "vitest";
import { formatDetailValue, formatPercent } from "./format";

describe("formatPercent", () => {
  it("writes readings and thresholds alike, at most one decimal, no space before the sign", () => {
    expect(formatPercent(45.5, "en")).toBe("45.5%");
    expect(formatPercent(7, "en")).toBe("7%");
    expect(formatPercent(70, "en")).toBe("70%");
    expect(formatPercent(28.24, "en")).toBe("28.2%");
  });

  it("uses the pt-BR decimal comma", () => {
    expect(formatPercent(45.5, "pt-BR")).toBe("45,5%");
    expect(formatPercent(75, "pt-BR")).toBe("75%");
  });
});

describe("formatDetailValue", () => {
  it("never groups a port or a process id", () => {
    expect(formatDetailValue("port", 3100, "en")).toBe("3100");
    expect(formatDetailValue("port", 3100, "pt-BR")).toBe("3100");
    expect(formatDetailValue("pid", 12345, "en")).toBe("12345");
  });

  it("groups counts in the reader's locale and prints sizes in MB", () => {
    expect(formatDetailValue("claimed", 12345, "en")).toBe("12,345");
    expect(formatDetailValue("claimed", 12345, "pt-BR")).toBe("12.345");
    expect(formatDetailValue("sizeBytes", 5 * 1024 * 1024, "en")).toBe("5 MB");
  });

  it("prints booleans as marks, null as a dash and strings as they are", () => {
    expect(formatDetailValue("paused", true, "en")).toBe("✓");
    expect(formatDetailValue("paused", false, "en")).toBe("✗");
    expect(formatDetailValue("error", null, "en")).toBe("—");
    expect(formatDetailValue("url", "http://localhost:3100", "en")).toBe("http://localhost:3100");
  });
});
