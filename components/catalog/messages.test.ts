import { describe, expect, it } from "vitest";
import enCatalog from "@/messages/en/catalog.json";
import enSystem from "@/messages/en/system.json";
import ptCatalog from "@/messages/pt-BR/catalog.json";
import ptSystem from "@/messages/pt-BR/system.json";
import { notificationKinds } from "@/lib/catalog/types";
import { serviceStateValues, tcpStateValues } from "@/lib/system/values";

/** Every leaf key as a dotted path. */
function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe("catalog and system messages", () => {
  it("have the same keys in English and Brazilian Portuguese", () => {
    expect(leafKeys(ptCatalog).sort()).toEqual(leafKeys(enCatalog).sort());
    expect(leafKeys(ptSystem).sort()).toEqual(leafKeys(enSystem).sort());
  });

  it("have no empty message", () => {
    for (const messages of [enCatalog, ptCatalog, enSystem, ptSystem]) {
      for (const key of leafKeys(messages)) {
        const text = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof text === "string" && text.trim().length > 0, key).toBe(true);
      }
    }
  });

  it("explain every notification kind", () => {
    expect(Object.keys(enCatalog.kinds).sort()).toEqual([...notificationKinds].sort());
  });

  it("label every Appendix I value", () => {
    expect(Object.keys(enSystem.tcp.states)).toEqual([...tcpStateValues]);
    expect(Object.keys(enSystem.service.states)).toEqual([...serviceStateValues]);
  });
});
