import { describe, expect, it } from "vitest";
import { z } from "zod";
import { notificationTypes } from "@/lib/catalog/definitions";
import { isTypeKey, payloadSchemas, samplePayloads, typeKeys } from "./index";

describe("payload schemas", () => {
  it("cover exactly the 101 catalog types", () => {
    expect(typeKeys).toHaveLength(101);
    expect([...typeKeys].sort()).toEqual(notificationTypes.map((type) => type.key).sort());
    expect(isTypeKey("certificates.created")).toBe(true);
    expect(isTypeKey("certificates.nope")).toBe(false);
    expect(isTypeKey("toString")).toBe(false);
  });

  it.each(typeKeys)("%s: the sample passes its schema", (key) => {
    const result = payloadSchemas[key].safeParse(samplePayloads[key]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(typeKeys)("%s: converts to JSON Schema (input shape, no transforms)", (key) => {
    const schema = z.toJSONSchema(payloadSchemas[key], { io: "input", unrepresentable: "throw" });
    expect(schema.type).toBe("object");
  });
});

describe("link fields", () => {
  const schema = payloadSchemas["access-control.request-created"];
  const sample = samplePayloads["access-control.request-created"];

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "/workflow/requests/1",
    "//evil.example/x",
    "ftp://files.example/x",
    "https:evil.example",
  ])("refuses %s", (url) => {
    const result = schema.safeParse({ ...sample, approveUrl: url });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("approveUrl");
  });

  it.each(["https://pam.example/x?a=1&b=2", "http://10.0.0.5:8443/approve", "HTTPS://PAM.EXAMPLE/"])(
    "accepts %s",
    (url) => {
      expect(schema.safeParse({ ...sample, approveUrl: url }).success).toBe(true);
    },
  );
});
