import { describe, expect, it } from "vitest";
import { confirmFailure, isRedirect, thrownFailure } from "./confirm-outcome";

describe("confirmFailure", () => {
  it("treats nothing (a redirecting action, a mutation that resolved) as success", () => {
    expect(confirmFailure(undefined)).toBeNull();
  });

  it("treats ok results and ok form states as success", () => {
    expect(confirmFailure({ ok: true, data: { id: "x" } })).toBeNull();
    expect(confirmFailure({ ok: true, message: "reset" })).toBeNull();
  });

  it("returns an action's error message and request id", () => {
    expect(
      confirmFailure({ ok: false, error: { code: "CONFLICT", message: "apiKeyAlreadyRevoked" } }),
    ).toEqual({ message: "apiKeyAlreadyRevoked", requestId: undefined });
    expect(
      confirmFailure({ ok: false, error: { code: "INTERNAL", message: "unexpected", requestId: "r-1" } }),
    ).toEqual({ message: "unexpected", requestId: "r-1" });
  });

  it("returns a form state's message, or checkFields when only fields failed", () => {
    expect(confirmFailure({ message: "forbidden" })).toEqual({ message: "forbidden", requestId: undefined });
    expect(confirmFailure({ message: "unexpected", requestId: "r-2" })).toEqual({
      message: "unexpected",
      requestId: "r-2",
    });
    expect(confirmFailure({ errors: { typeKey: ["unknownCatalogKey"] } })).toEqual({
      message: "checkFields",
    });
  });

  it("treats an empty form state as success", () => {
    expect(confirmFailure({})).toBeNull();
  });
});

describe("thrownFailure", () => {
  const known = (key: string) => ["notFound", "lastActiveAdmin"].includes(key);

  it("keeps a thrown message that is one of ours", () => {
    expect(thrownFailure(new Error("lastActiveAdmin"), known)).toEqual({ message: "lastActiveAdmin" });
  });

  it("reports anything else as a connection failure", () => {
    expect(thrownFailure(new TypeError("Failed to fetch"), known)).toEqual({ message: "network" });
    expect(thrownFailure("boom", known)).toEqual({ message: "network" });
  });
});

describe("isRedirect", () => {
  it("recognises Next's redirect error by its digest", () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/groups;307;" });
    expect(isRedirect(redirect)).toBe(true);
  });

  it("does not take other failures for a redirect", () => {
    expect(isRedirect(new Error("NEXT_REDIRECT"))).toBe(false);
    expect(isRedirect(Object.assign(new Error("x"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" }))).toBe(false);
    expect(isRedirect(null)).toBe(false);
  });
});
