import { describe, expect, it } from "vitest";
import {
  CATALOG_QUERY_MAX_LENGTH,
  catalogHref,
  catalogSearchString,
  hasActiveFilters,
  parseCatalogParams,
  toSearchFilters,
} from "./filters";

describe("parseCatalogParams", () => {
  it("reads every parameter", () => {
    expect(
      parseCatalogParams({
        q: "  certificate   expiration ",
        category: "certificates",
        severity: "critical",
        kind: "THRESHOLD_ALERT",
        mandatory: "true",
      }),
    ).toEqual({
      q: "certificate expiration",
      category: "certificates",
      severity: "critical",
      kind: "THRESHOLD_ALERT",
      mandatory: true,
    });
    expect(parseCatalogParams({ mandatory: "false" })).toEqual({ q: "", mandatory: false });
  });

  it("gives an empty query and no filters for no parameters", () => {
    expect(parseCatalogParams({})).toEqual({ q: "" });
    expect(parseCatalogParams(undefined)).toEqual({ q: "" });
    expect(parseCatalogParams(null)).toEqual({ q: "" });
  });

  it("ignores invalid values instead of failing", () => {
    expect(
      parseCatalogParams({
        category: "no-such-category",
        severity: "urgent",
        kind: "event",
        mandatory: "yes",
        page: "2",
      }),
    ).toEqual({ q: "" });
    expect(parseCatalogParams({ severity: "high", kind: "nope" })).toEqual({ q: "", severity: "high" });
    expect(parseCatalogParams({ category: "__proto__" })).toEqual({ q: "" });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseCatalogParams({ severity: ["low", "high"], q: ["one", "two"] })).toEqual({
      q: "one",
      severity: "low",
    });
    expect(parseCatalogParams({ severity: [] })).toEqual({ q: "" });
  });

  it("reads URLSearchParams", () => {
    const search = new URLSearchParams("q=expira%C3%A7%C3%A3o&category=devices&severity=high&severity=low");
    expect(parseCatalogParams(search)).toEqual({ q: "expiração", category: "devices", severity: "high" });
  });

  it("caps the query's length", () => {
    expect(parseCatalogParams({ q: "a".repeat(5000) }).q).toHaveLength(CATALOG_QUERY_MAX_LENGTH);
  });
});

describe("catalogSearchString / catalogHref", () => {
  it("writes parameters in a fixed order and drops empty ones", () => {
    expect(
      catalogSearchString({
        mandatory: false,
        kind: "EVENT",
        severity: "low",
        category: "workstation",
        q: "go",
      }),
    ).toBe("q=go&category=workstation&severity=low&kind=EVENT&mandatory=false");
    expect(catalogSearchString({ q: "   " })).toBe("");
    expect(catalogHref()).toBe("/catalog");
    expect(catalogHref({ q: "cpu usage" })).toBe("/catalog?q=cpu+usage");
  });

  it("round-trips through parseCatalogParams", () => {
    const params = parseCatalogParams({ q: "disk", severity: "high", mandatory: "true" });
    expect(parseCatalogParams(new URLSearchParams(catalogSearchString(params)))).toEqual(params);
  });
});

describe("hasActiveFilters / toSearchFilters", () => {
  it("tells whether anything narrows the catalog", () => {
    expect(hasActiveFilters({ q: "" })).toBe(false);
    expect(hasActiveFilters({ q: "cpu" })).toBe(true);
    expect(hasActiveFilters({ q: "", mandatory: false })).toBe(true);
  });

  it("maps the parameters to searchCatalog's filters", () => {
    expect(
      toSearchFilters({ q: "x", category: "devices", severity: "high", kind: "EVENT", mandatory: false }),
    ).toEqual({
      categoryKey: "devices",
      severity: "high",
      kind: "EVENT",
      mandatory: false,
    });
  });
});
