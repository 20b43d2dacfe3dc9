import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD_RULES } from "@/lib/system/resources/thresholds";
import { thresholdTypeHref, thresholdTypeName } from "./names";

describe("thresholdTypeName", () => {
  it("names each rule as the catalog does, in English and Portuguese", () => {
    expect(thresholdTypeName("monitoring.cpu-high", "en")).toBe("CPU Usage - High");
    expect(thresholdTypeName("monitoring.disk-low-low", "en")).toBe("Low disk space - Low Urgency");
    expect(thresholdTypeName("monitoring.cpu-high", "pt-BR")).toBe("Uso de CPU - Alto");
    expect(thresholdTypeName("monitoring.disk-low-low", "pt-BR")).toBe(
      "Pouco espaço em disco - Urgência baixa",
    );
  });

  it("has a catalog name for every rule the sampler evaluates", () => {
    for (const rule of DEFAULT_THRESHOLD_RULES) {
      expect(thresholdTypeName(rule.key, "en")).not.toBe(rule.key);
      expect(thresholdTypeName(rule.key, "pt-BR")).not.toBe(rule.key);
    }
  });

  it("links to the type's catalog page", () => {
    expect(thresholdTypeHref("monitoring.cpu-high")).toBe("/catalog/monitoring.cpu-high");
  });
});
