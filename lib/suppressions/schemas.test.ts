import { describe, expect, it } from "vitest";
import { addSuppressionSchema, SUPPRESSION_NOTE_MAX } from "./schemas";

const errorsOf = (input: unknown) => {
  const result = addSuppressionSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("addSuppressionSchema", () => {
  it("normalises the address as Herald stores addresses: trimmed and lower-cased", () => {
    expect(addSuppressionSchema.parse({ email: "  Departed.Contractor@Bank.EXAMPLE ", note: "" })).toEqual({
      email: "departed.contractor@bank.example",
      note: null,
    });
  });

  it("keeps a trimmed note, and reads a missing or blank one as none", () => {
    expect(addSuppressionSchema.parse({ email: "a@bank.example", note: "  Legal hold 2026-114 \n" })).toEqual(
      {
        email: "a@bank.example",
        note: "Legal hold 2026-114",
      },
    );
    expect(addSuppressionSchema.parse({ email: "a@bank.example" }).note).toBeNull();
    expect(addSuppressionSchema.parse({ email: "a@bank.example", note: "   " }).note).toBeNull();
  });

  it("requires a valid address, with the form's message keys", () => {
    expect(errorsOf({ email: "" })).toEqual([["email", "required"]]);
    expect(errorsOf({ email: "   " })).toEqual([["email", "required"]]);
    expect(errorsOf({})).toEqual([["email", "required"]]);
    expect(errorsOf({ email: "not-an-address" })).toEqual([["email", "invalidEmail"]]);
    expect(errorsOf({ email: `${"a".repeat(250)}@bank.example` })).toEqual([["email", "tooLong"]]);
  });

  it("limits the note's length", () => {
    const atLimit = "n".repeat(SUPPRESSION_NOTE_MAX);
    expect(addSuppressionSchema.parse({ email: "a@bank.example", note: atLimit }).note).toBe(atLimit);
    expect(errorsOf({ email: "a@bank.example", note: `${atLimit}n` })).toEqual([["note", "tooLong"]]);
  });
});
