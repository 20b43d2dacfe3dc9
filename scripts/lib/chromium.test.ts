import { describe, expect, it } from "vitest";
import { chromiumPlan, DEFAULT_CHROMIUM } from "./chromium";

const none = () => false;
const only = (path: string) => (candidate: string) => candidate === path;

describe("chromiumPlan", () => {
  it("uses CHROMIUM_PATH when it exists, else stops naming it", () => {
    expect(
      chromiumPlan({ configured: "/opt/chrome", exists: only("/opt/chrome"), isRoot: true, hasApt: true }),
    ).toEqual({ kind: "ready", path: "/opt/chrome" });
    const missing = chromiumPlan({ configured: "/opt/chrome", exists: none, isRoot: true, hasApt: true });
    expect(missing).toMatchObject({ kind: "stop" });
    expect(missing.kind === "stop" && missing.reason).toContain("CHROMIUM_PATH is /opt/chrome");
  });

  it("uses Debian's Chromium when it is installed", () => {
    expect(chromiumPlan({ exists: only(DEFAULT_CHROMIUM), isRoot: false, hasApt: false })).toEqual({
      kind: "ready",
      path: DEFAULT_CHROMIUM,
    });
  });

  it("installs it only as root on a machine with apt-get", () => {
    expect(chromiumPlan({ exists: none, isRoot: true, hasApt: true })).toEqual({ kind: "install" });
    for (const facts of [
      { isRoot: false, hasApt: true },
      { isRoot: true, hasApt: false },
    ]) {
      const plan = chromiumPlan({ exists: none, ...facts });
      expect(plan.kind).toBe("stop");
      // One sentence that says what to install.
      expect(plan.kind === "stop" && plan.reason).toMatch(
        /^The e2e tests need Chromium at \/usr\/bin\/chromium: install it .*\.$/,
      );
    }
  });
});
