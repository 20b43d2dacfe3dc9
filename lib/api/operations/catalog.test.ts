import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { typeKeys } from "@/lib/templates/payloads";
import { getCatalogType } from "./catalog";

// What an integrator reads off GET /api/v1/catalog/{key} to build an event must be true: the JSON
// Schema accepts the type's sample and refuses what Herald's own validation refuses.
describe("a catalog type's payload schema", () => {
  // Formats (date-time, email, uri) checked too: they are part of what the schema promises.
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));

  it("is valid JSON Schema that accepts the sample, for every type", () => {
    for (const key of typeKeys) {
      const type = getCatalogType(key, "en")!;
      const validate = ajv.compile(type.payloadSchema);
      expect(validate(type.samplePayload), `${key}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("refuses a payload missing a required field, or with a field of the wrong type", () => {
    const type = getCatalogType("access-control.request-approved", "en")!;
    const validate = ajv.compile(type.payloadSchema);
    const { request, ...withoutRequest } = type.samplePayload as { request: Record<string, unknown> };
    expect(validate(withoutRequest)).toBe(false);
    expect(validate({ ...type.samplePayload, request: { ...request, id: 42 } })).toBe(false);
  });
});
