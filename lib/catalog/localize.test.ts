import { describe, expect, it } from "vitest";
import { categories, findCategory, findType, notificationTypes } from "./definitions";
import { localizeCategory, localizeType, searchCatalog, tokenize } from "./localize";
import { ptBR } from "./translations/pt-BR";

const expiryKeys = [
  "certificates.expiration-alert-1d",
  "certificates.expiration-alert-30d",
  "certificates.expiration-alert-7d",
  "certificates.expiration-alert-today",
  "certificates.expiration-warning-15d",
  "certificates.expiration-warning-60d",
  "certificates.expiration-warning-90d",
];
const keys = (types: readonly { key: string }[]) => types.map((t) => t.key);
const catalogOrder = (types: readonly { key: string }[]) =>
  types.map((t) => notificationTypes.findIndex((d) => d.key === t.key));
const isAscending = (numbers: number[]) => numbers.every((n, i) => i === 0 || numbers[i - 1]! < n);

describe("localizeType / localizeCategory", () => {
  const type = findType("access-control.request-created")!;

  it("returns the definitions' own text in English", () => {
    expect(localizeType(type, "en")).toEqual(type);
    expect(localizeType(type, "en")).not.toBe(type);
  });

  it("returns the pt-BR text, keeping key, severity, kind and mandatory", () => {
    const localized = localizeType(type, "pt-BR");
    expect(localized).toEqual({
      ...type,
      name: "Solicitação criada",
      description: ptBR.types[type.key]!.description,
    });
    expect(type.name).toBe("Founded request"); // the definition itself is untouched
  });

  it("localizes a category and its types", () => {
    const category = findCategory("certificates")!;
    const localized = localizeCategory(category, "pt-BR");
    expect(localized.name).toBe("Certificados");
    expect(localized.description).toBe(ptBR.categories.certificates!.description);
    expect(localized.types.map((t) => t.name)).toEqual(category.types.map((t) => ptBR.types[t.key]!.name));
    expect(category.name).toBe("Certificates");
    expect(localizeCategory(category, "en")).toEqual(category);
  });

  it("localizes every category and type in pt-BR", () => {
    for (const category of categories) {
      const localized = localizeCategory(category, "pt-BR");
      expect(localized.name).toBe(ptBR.categories[category.key]!.name);
      expect(localized.types).toHaveLength(category.types.length);
    }
  });
});

describe("tokenize", () => {
  it("lower-cases, strips accents and splits on punctuation", () => {
    expect(tokenize("Expiração: HOJE, senhasegura.go  plain-text 90%")).toEqual([
      "expiracao",
      "hoje",
      "senhasegura",
      "go",
      "plain",
      "text",
      "90",
    ]);
    expect(tokenize("  - ; ")).toEqual([]);
  });
});

describe("searchCatalog", () => {
  it("returns every type, in catalog order, for an empty query", () => {
    expect(keys(searchCatalog("", "en"))).toEqual(keys(notificationTypes));
    expect(searchCatalog("   ", "pt-BR")).toHaveLength(101);
    expect(searchCatalog(" - ", "en")).toHaveLength(101);
  });

  it('finds the 7 certificate expiry types for "expiration", ranked first', () => {
    const results = searchCatalog("expiration", "en");
    expect(keys(results).slice(0, 7).sort()).toEqual([...expiryKeys].sort());
    expect(keys(results)).toEqual(expiryKeys); // nothing else mentions expiration; catalog order
  });

  it('finds them in Portuguese for "expiração", and without accents for "expiracao"', () => {
    expect(keys(searchCatalog("expiração", "pt-BR"))).toEqual(expiryKeys);
    expect(keys(searchCatalog("expiracao", "pt-BR"))).toEqual(expiryKeys);
    expect(keys(searchCatalog("EXPIRAÇÃO", "pt-BR"))).toEqual(expiryKeys);
  });

  it("searches both languages whatever the locale, and localizes the results", () => {
    expect(keys(searchCatalog("expiração", "en"))).toEqual(expiryKeys);
    expect(keys(searchCatalog("expiration", "pt-BR"))).toEqual(expiryKeys);
    expect(searchCatalog("expiration", "pt-BR")[0]!.name).toBe("Alerta de expiração de certificado: 1 dia");
    expect(searchCatalog("expiração", "en")[0]!.name).toBe("Certificate expiration alert: 1 day");
  });

  it("matches word prefixes, and every query word must match (AND)", () => {
    expect(keys(searchCatalog("expir", "en"))).toEqual(expect.arrayContaining(expiryKeys));
    expect(keys(searchCatalog("certificate today", "en"))).toEqual(["certificates.expiration-alert-today"]);
    expect(keys(searchCatalog("certif 30", "en"))).toEqual(["certificates.expiration-alert-30d"]);
    expect(keys(searchCatalog("certificado hoje", "pt-BR"))).toEqual(["certificates.expiration-alert-today"]);
    expect(searchCatalog("certificate zebra", "en")).toEqual([]);
    expect(searchCatalog("ration", "en")).toEqual([]); // not a prefix of any word
  });

  it("tolerates small misspellings in both languages, after every exact match", () => {
    expect(keys(searchCatalog("reestablished", "en"))).toEqual(["devices.connectivity-restored"]);
    expect(searchCatalog("reestablished", "en")[0]!.name).toBe("Reestabilished Connectivity");
    expect(keys(searchCatalog("cpu critcal", "en"))).toEqual(["monitoring.cpu-critical"]);
    expect(keys(searchCatalog("certificado expiracao", "pt-BR"))).toEqual(expiryKeys);
    expect(keys(searchCatalog("certifcado expiraçao", "pt-BR"))).toEqual(expiryKeys);
    expect(keys(searchCatalog("conectividade reestabelecida", "pt-BR"))).toEqual([
      "devices.connectivity-restored",
    ]);
    // A word spelt as the catalog spells it is not stretched to its neighbours ("expirada").
    expect(keys(searchCatalog("expiracao", "pt-BR"))).toEqual(expiryKeys);
    // Short words must be exact: too many words are one letter away from them.
    expect(searchCatalog("cpy", "en")).toEqual([]);
  });

  it("matches the key", () => {
    expect(keys(searchCatalog("certificates.expiration-alert-30d", "en"))).toEqual([
      "certificates.expiration-alert-30d",
    ]);
    const workstation = searchCatalog("workstation", "en");
    expect(workstation).toHaveLength(findCategory("workstation")!.types.length);
    expect(workstation.every((t) => t.categoryKey === "workstation")).toBe(true);
  });

  it("ranks name matches before description-only matches, catalog order within each", () => {
    const results = searchCatalog("password", "en");
    const inName = results.filter((t) => /password/i.test(findType(t.key)!.name));
    const elsewhere = results.filter((t) => !/password/i.test(findType(t.key)!.name));
    expect(inName.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(keys(results)).toEqual([...keys(inName), ...keys(elsewhere)]);
    expect(isAscending(catalogOrder(inName))).toBe(true);
    expect(isAscending(catalogOrder(elsewhere))).toBe(true);
    // "Error on change" only mentions the password in its description
    expect(keys(elsewhere)).toContain("password-operation.change-error");
  });

  it("counts a name match in either language as a name match", () => {
    // "Senhas visualizadas" (pt-BR name) vs. "Password Viewed"; "senha" is in many descriptions too
    const results = searchCatalog("senha", "pt-BR");
    const first = results.findIndex((t) => !/senha/i.test(ptBR.types[t.key]!.name));
    expect(first).toBeGreaterThan(0);
    expect(results.slice(0, first).every((t) => /senha/i.test(t.name))).toBe(true);
  });

  it("filters by severity, kind, category and mandatory", () => {
    const critical = searchCatalog("", "en", { severity: "critical" });
    expect(keys(critical)).toEqual(keys(notificationTypes.filter((t) => t.severity === "critical")));
    expect(critical.length).toBeGreaterThan(0);

    const reports = searchCatalog("", "en", { kind: "SCHEDULED_REPORT" });
    expect(keys(reports)).toEqual(keys(notificationTypes.filter((t) => t.kind === "SCHEDULED_REPORT")));

    expect(keys(searchCatalog("", "pt-BR", { categoryKey: "devices" }))).toEqual([
      "devices.connectivity-lost",
      "devices.connectivity-restored",
    ]);

    const mandatory = searchCatalog("", "en", { mandatory: true });
    const optional = searchCatalog("", "en", { mandatory: false });
    expect(mandatory.every((t) => t.mandatory)).toBe(true);
    expect(optional.every((t) => !t.mandatory)).toBe(true);
    expect(mandatory.length + optional.length).toBe(101);
  });

  it("combines a query with filters", () => {
    expect(keys(searchCatalog("expiration", "en", { severity: "critical" }))).toEqual([
      "certificates.expiration-alert-1d",
      "certificates.expiration-alert-today",
    ]);
    expect(keys(searchCatalog("expiração", "pt-BR", { mandatory: true }))).toEqual([
      "certificates.expiration-alert-today",
    ]);
    expect(searchCatalog("expiration", "en", { kind: "EVENT" })).toEqual([]);
    expect(searchCatalog("expiration", "en", { categoryKey: "monitoring" })).toEqual([]);
  });
});
