import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { notificationTypes } from "@/lib/catalog/definitions";
import { apiKeyWith } from "@/tests/api";
import { GET as getType } from "./[key]/route";
import { GET as listTypes } from "./route";

interface TypeDto {
  key: string;
  category: { key: string; name: string };
  name: string;
  severity: string;
  kind: string;
  mandatory: boolean;
}

const keyWith = (scopes: string[]) => apiKeyWith(scopes, "catalog test");

function request(path: string, authorization?: string) {
  return new NextRequest(`http://localhost${path}`, { headers: authorization ? { authorization } : {} });
}

async function list(query: string, key: string) {
  const response = await listTypes(request(`/api/v1/catalog${query}`, `Bearer ${key}`), {
    params: Promise.resolve({}),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data: TypeDto[]; categories: { key: string }[]; error?: unknown },
  };
}

describe("GET /api/v1/catalog", () => {
  it("answers 401 JSON without a key, with a malformed key and with an unknown key", async () => {
    const cases = [undefined, "Bearer not-a-key", "Basic abc", `Bearer hk_AAAAAAAAAA_${"x".repeat(43)}`];
    for (const authorization of cases) {
      const response = await listTypes(request("/api/v1/catalog", authorization), {
        params: Promise.resolve({}),
      });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
    }
  });

  it("answers 403 JSON to a key without the catalog:read scope", async () => {
    const key = await keyWith(["events:write"]);
    const response = await listTypes(request("/api/v1/catalog", `Bearer ${key}`), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "FORBIDDEN", message: "This API key lacks the 'catalog:read' scope" },
    });
  });

  it("lists every type with its category, and every category", async () => {
    const key = await keyWith(["catalog:read"]);
    const { status, body } = await list("", key);
    expect(status).toBe(200);
    expect(body.data).toHaveLength(notificationTypes.length);
    expect(body.categories).toHaveLength(14);
    expect(body.data.find((type) => type.key === "certificates.expiration-alert-today")).toEqual({
      key: "certificates.expiration-alert-today",
      category: { key: "certificates", name: "Certificates" },
      name: "Certificate expiration alert: Today",
      description: "Some certificates will be expired today",
      severity: "critical",
      kind: "THRESHOLD_ALERT",
      mandatory: true,
    });
  });

  it("filters by category, severity, kind and mandatory, and searches in either language", async () => {
    const key = await keyWith(["catalog:read", "events:write"]);
    const certificates = await list("?category=certificates&severity=critical", key);
    expect(certificates.body.data.length).toBeGreaterThan(0);
    expect(
      certificates.body.data.every(
        (type) => type.category.key === "certificates" && type.severity === "critical",
      ),
    ).toBe(true);

    const reports = await list("?kind=SCHEDULED_REPORT", key);
    expect(reports.body.data.every((type) => type.kind === "SCHEDULED_REPORT")).toBe(true);

    const mandatory = await list("?mandatory=true", key);
    expect(mandatory.body.data.length).toBe(notificationTypes.filter((type) => type.mandatory).length);
    const optional = await list("?mandatory=false", key);
    expect(optional.body.data.length).toBe(notificationTypes.length - mandatory.body.data.length);

    const search = await list("?q=expira%C3%A7%C3%A3o&locale=pt-BR", key);
    expect(search.body.data.length).toBeGreaterThan(0);
    expect(search.body.data.every((type) => type.key.startsWith("certificates."))).toBe(true);
    expect(search.body.data[0]?.category.name).not.toBe("Certificates");
  });

  it("answers 400 with details for invalid parameters", async () => {
    const key = await keyWith(["catalog:read"]);
    const { status, body } = await list("?severity=urgent&mandatory=yes&locale=fr&category=nope", key);
    expect(status).toBe(400);
    const error = (body as unknown as { error: { code: string; details: Record<string, string[]> } }).error;
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.details).sort()).toEqual(["category", "locale", "mandatory", "severity"]);
  });
});

describe("GET /api/v1/catalog/{key}", () => {
  it("returns one type in the requested language, or 404 JSON", async () => {
    const key = await keyWith(["catalog:read"]);
    const auth = `Bearer ${key}`;
    const found = await getType(request("/api/v1/catalog/certificates.revocation?locale=pt-BR", auth), {
      params: Promise.resolve({ key: "certificates.revocation" }),
    });
    expect(found.status).toBe(200);
    const { data } = (await found.json()) as { data: TypeDto };
    expect(data).toMatchObject({
      key: "certificates.revocation",
      severity: "high",
      category: { key: "certificates" },
    });
    expect(data.name).not.toBe("Certificate revocation");

    const missing = await getType(request("/api/v1/catalog/nope.nothing", auth), {
      params: Promise.resolve({ key: "nope.nothing" }),
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("refuses a key without the scope before looking anything up", async () => {
    const key = await keyWith(["deliveries:read"]);
    const response = await getType(request("/api/v1/catalog/nope", `Bearer ${key}`), {
      params: Promise.resolve({ key: "nope" }),
    });
    expect(response.status).toBe(403);
  });
});
