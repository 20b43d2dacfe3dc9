import { describe, expect, it } from "vitest";
import { diffFields } from "./diff";

describe("diffFields", () => {
  it("returns only the listed fields that changed, as before/after", () => {
    const current = { name: "Ana", role: "USER", email: "a@x.test", secret: "s" };
    const next = { name: "Ana", role: "ADMIN", email: "b@x.test" };
    expect(diffFields(current, next, ["name", "role", "email"] as const)).toEqual({
      changed: ["role", "email"],
      before: { role: "USER", email: "a@x.test" },
      after: { role: "ADMIN", email: "b@x.test" },
    });
  });
});
