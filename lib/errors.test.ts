import { describe, expect, it } from "vitest";
import { AppError, uniqueViolation } from "./errors";

describe("uniqueViolation", () => {
  it("reads the columns from the driver adapter, from target, or from the index name", () => {
    const adapter = {
      code: "P2002",
      meta: { driverAdapterError: { cause: { constraint: { fields: ["email"] } } } },
    };
    expect(uniqueViolation(adapter)).toEqual(["email"]);
    expect(uniqueViolation({ code: "P2002", meta: { target: ["name"] } })).toEqual(["name"]);
    const index = {
      code: "P2002",
      meta: { driverAdapterError: { cause: { constraint: { index: "User_email_key" } } } },
    };
    expect(uniqueViolation(index)).toEqual(["email"]);
    expect(
      uniqueViolation({ code: "P2002", meta: { target: "TemplateOverride_typeKey_locale_key" } }),
    ).toEqual(["typeKey", "locale"]);
  });

  it("is null for anything else", () => {
    expect(uniqueViolation(new Error("x"))).toBeNull();
    expect(uniqueViolation({ code: "P2025" })).toBeNull();
    expect(uniqueViolation(null)).toBeNull();
  });
});

describe("AppError", () => {
  it("maps its code to an HTTP status", () => {
    expect(new AppError("CONFLICT", "x").status).toBe(409);
    expect(new AppError("BAD_REQUEST", "x", { a: ["b"] }).details).toEqual({ a: ["b"] });
  });
});
