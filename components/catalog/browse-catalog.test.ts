import { describe, expect, it } from "vitest";
import { categories, findCategory, findType, notificationTypes } from "@/lib/catalog/definitions";
import { parseCatalogParams } from "@/lib/catalog/filters";
import { localizeType } from "@/lib/catalog/localize";
import { browseCatalog } from "./browse-catalog";

describe("browseCatalog", () => {
  it("lists the whole catalog, in order, with every category's count, for no parameters", () => {
    const view = browseCatalog({ q: "" }, "en");
    expect(view.results).toHaveLength(notificationTypes.length);
    expect(view.results.map((t) => t.key)).toEqual(notificationTypes.map((t) => t.key));
    expect(view.categories.map((c) => c.key)).toEqual(categories.map((c) => c.key));
    for (const facet of view.categories) {
      expect(facet.matching).toBe(facet.total);
      expect(facet.total).toBe(findCategory(facet.key)!.types.length);
    }
    expect(view.categories.reduce((sum, c) => sum + c.total, 0)).toBe(101);
  });

  it("counts matches per category ignoring the category filter itself", () => {
    const view = browseCatalog(parseCatalogParams({ q: "expiration", category: "devices" }), "en");
    expect(view.results).toEqual([]);
    expect(view.categories.find((c) => c.key === "certificates")!.matching).toBe(7);
    expect(view.categories.find((c) => c.key === "devices")!.matching).toBe(0);
  });

  it("applies severity and mandatory filters to results and counts", () => {
    const view = browseCatalog(parseCatalogParams({ severity: "critical", mandatory: "true" }), "en");
    expect(view.results.length).toBeGreaterThan(0);
    expect(view.results.every((t) => t.severity === "critical" && t.mandatory)).toBe(true);
    expect(view.categories.reduce((sum, c) => sum + c.matching, 0)).toBe(view.results.length);
  });

  it("finds misspelt and accent-less searches from the page's q (the tolerant search)", () => {
    const view = browseCatalog(parseCatalogParams({ q: "reestablished" }), "en");
    expect(view.results.map((t) => [t.key, t.name])).toEqual([
      ["devices.connectivity-restored", "Reestabilished Connectivity"],
    ]);
    expect(view.categories.find((c) => c.key === "devices")!.matching).toBe(1);
    const pt = browseCatalog(parseCatalogParams({ q: "certificado expiracao" }), "pt-BR");
    expect(pt.results).toHaveLength(7);
    expect(
      pt.results.every((t) => t.name.startsWith("Alerta de expiração") || t.name.startsWith("Aviso")),
    ).toBe(true);
  });

  it("localizes results and category names", () => {
    const view = browseCatalog({ q: "", category: "certificates" }, "pt-BR");
    expect(view.categories.find((c) => c.key === "certificates")!.name).toBe("Certificados");
    expect(view.results[0]!.name).toBe(localizeType(findType("certificates.device-bond")!, "pt-BR").name);
  });
});
