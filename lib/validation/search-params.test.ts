import { describe, expect, it } from "vitest";
import { z } from "zod";
import { contactListParamsSchema } from "@/lib/contacts/schemas";
import { userListParamsSchema } from "@/lib/users/schemas";
import { parseSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it("parses clean params, first value of a repeated key winning", () => {
    expect(parseSearchParams(userListParamsSchema, { q: ["ana", "bia"], page: ["3", "1"] })).toEqual({
      ok: true,
      params: { q: "ana", role: undefined, status: undefined, sort: "name", dir: "asc", page: 3 },
      invalid: [],
      raw: { q: ["ana", "bia"], page: ["3", "1"] },
    });
  });

  it.each(["\u0000", "a\u0000b", "\u001b[31m", "x\u007f\u0008"])(
    "drops a search with control characters (%j) and reports it, keeping the other params",
    (q) => {
      const parsed = parseSearchParams(contactListParamsSchema, { q, status: "disabled", page: "2" });
      expect(parsed).toEqual({
        ok: false,
        params: { q: "", status: "disabled", page: 2 },
        invalid: ["q"],
        raw: { status: "disabled", page: "2" },
      });
    },
  );

  it("refuses a NUL in a repeated key even when the first value is clean", () => {
    const parsed = parseSearchParams(userListParamsSchema, { q: ["ok", "\u0000"] });
    expect(parsed.ok).toBe(false);
    expect(parsed.invalid).toEqual(["q"]);
    expect(parsed.params.q).toBe("");
  });

  it("drops values that fail a schema without fallbacks instead of throwing", () => {
    const schema = z.object({ id: z.uuid().optional(), page: z.coerce.number().int().default(1) });
    expect(parseSearchParams(schema, { id: "nope", page: "4" })).toEqual({
      ok: false,
      params: { page: 4 },
      invalid: ["id"],
      raw: { page: "4" },
    });
  });
});
