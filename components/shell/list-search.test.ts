import { describe, expect, it } from "vitest";
import { contactListParamsSchema } from "@/lib/contacts/schemas";
import { userListParamsSchema } from "@/lib/users/schemas";
import { parseListSearch } from "./list-search";

describe("parseListSearch", () => {
  it("takes the first value of a repeated key", () => {
    const search = parseListSearch(userListParamsSchema, { q: ["ana", "bia"], page: ["3", "1"] });
    expect(search.params).toMatchObject({ q: "ana", page: 3 });
  });

  it("falls back to each key's default for malformed values", () => {
    const search = parseListSearch(contactListParamsSchema, { status: "deleted", page: "-2", q: "  x " });
    expect(search.params).toEqual({ q: "x", status: "all", page: 1 });
    expect(search.invalid).toEqual([]);
  });

  it("keeps the search params for links to other pages", () => {
    const raw = { q: "ana", role: "ADMIN", page: "2" };
    expect(parseListSearch(userListParamsSchema, raw).raw).toEqual(raw);
  });
});
