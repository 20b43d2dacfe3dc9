import { describe, expect, it } from "vitest";
import { variablesOf } from "./fields";
import { RECIPIENT_NAME, unknownVariables } from "./interpolate";
import { payloadSchemas, typeKeys } from "./payloads";
import { variablesNotIn } from "./variables";

describe("variablesNotIn", () => {
  it("finds, from the page's variable list, the unknown variables the schema check finds", () => {
    for (const key of typeKeys) {
      const schema = payloadSchemas[key];
      // What the preview page lists for the type (lib/templates/queries.ts): the recipient, then the schema's.
      const listed = new Set([RECIPIENT_NAME, ...variablesOf(schema).map((variable) => variable.path)]);
      const text = `{{${[...listed].join("}} {{")}}} {{no.such.path}} {{ ${[...listed][1] ?? "x"} }} {{count}}`;
      expect(variablesNotIn(text, listed), key).toEqual(unknownVariables(text, schema));
      expect(variablesNotIn(text, listed), key).toContain("no.such.path");
    }
  });
});
