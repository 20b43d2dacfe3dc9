import { describe, expect, it } from "vitest";
import { applyPreference, applyToggle, indexSubscriptions } from "./matrix-state";

describe("matrix state", () => {
  it("adds, re-modes and removes a target", () => {
    const added = applyToggle([], {
      target: { categoryKey: "certificates" },
      subscribed: true,
      mode: "IMMEDIATE",
    });
    const remoded = applyToggle(added, {
      target: { categoryKey: "certificates" },
      subscribed: true,
      mode: "DIGEST",
    });
    expect(remoded).toEqual([{ categoryKey: "certificates", mode: "DIGEST" }]);
    expect(
      applyToggle(remoded, { target: { categoryKey: "certificates" }, subscribed: false, mode: "DIGEST" }),
    ).toEqual([]);
    const index = indexSubscriptions([...remoded, { typeKey: "certificates.revocation", mode: "IMMEDIATE" }]);
    expect(index.categories.get("certificates")).toBe("DIGEST");
    expect(index.types.get("certificates.revocation")).toBe("IMMEDIATE");
  });

  it("drops a preference back at the defaults", () => {
    const muted = applyPreference([], "a.b", { muted: true });
    expect(muted).toEqual([{ typeKey: "a.b", muted: true, mode: null }]);
    expect(applyPreference(muted, "a.b", { muted: false })).toEqual([]);
  });
});
