// The list pages (users, groups, contacts) parse their URL with parseSearchParams and their list schema:
// whatever the URL holds, the page gets usable params and never a value PostgreSQL would refuse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactListParamsSchema } from "@/lib/contacts/schemas";
import { groupListParamsSchema } from "@/lib/groups/schemas";
import { userListParamsSchema } from "@/lib/users/schemas";
import { isSafeText } from "@/lib/validation/text";
import { parseSearchParams } from "@/lib/validation/search-params";

const schemas = {
  users: userListParamsSchema,
  groups: groupListParamsSchema,
  contacts: contactListParamsSchema,
};

const keys = fc.constantFrom("q", "role", "status", "sort", "dir", "page", "other");
const hostile = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "%00", "-1", "1e9", "2", "ADMIN", "disabled"),
);
const value = fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }), fc.constant(undefined));
const searchParams = fc.dictionary(keys, value);

describe.each(Object.entries(schemas))("the %s list's search params", (_name, schema) => {
  it("always parse, to params without unsafe text, on a page from 1", () => {
    fc.assert(
      fc.property(searchParams, (raw) => {
        const { params, invalid, raw: kept } = parseSearchParams(schema, raw);
        for (const text of Object.values(params))
          if (typeof text === "string") expect(isSafeText(text)).toBe(true);
        expect(params.page).toBeGreaterThanOrEqual(1);
        // What pagination links carry on holds none of the refused keys.
        for (const key of invalid) expect(kept).not.toHaveProperty(key);
      }),
    );
  });

  it("report a NUL byte in the search as invalid and search for nothing", () => {
    const { params, invalid, raw } = parseSearchParams(schema, { q: "ana\u0000", page: "2" });
    expect(params).toMatchObject({ q: "", page: 2 });
    expect(invalid).toEqual(["q"]);
    expect(raw).toEqual({ page: "2" });
  });

  it("take the first of repeated values", () => {
    expect(parseSearchParams(schema, { q: ["ana", "bia"], page: ["3", "1"] }).params).toMatchObject({
      q: "ana",
      page: 3,
    });
  });
});
