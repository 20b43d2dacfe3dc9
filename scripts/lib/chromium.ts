// The e2e tests drive Debian's Chromium (playwright.config.ts: CHROMIUM_PATH, else /usr/bin/chromium);
// Playwright's own browser download cannot run on these machines. `npm test` makes sure it is
// there before the e2e step instead of failing deep inside it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export interface ChromiumFacts {
  /** CHROMIUM_PATH, when set. */
  configured?: string;
  exists: (path: string) => boolean;
  isRoot: boolean;
  /** Debian or a derivative, with apt-get. */
  hasApt: boolean;
}

export type ChromiumPlan =
  { kind: "ready"; path: string } | { kind: "install" } | { kind: "stop"; reason: string };

export function chromiumPlan({ configured, exists, isRoot, hasApt }: ChromiumFacts): ChromiumPlan {
  if (configured) {
    return exists(configured)
      ? { kind: "ready", path: configured }
      : {
          kind: "stop",
          reason: `CHROMIUM_PATH is ${configured}, which does not exist: point it at a Chromium or Chrome binary, or unset it to use ${DEFAULT_CHROMIUM}.`,
        };
  }
  if (exists(DEFAULT_CHROMIUM)) return { kind: "ready", path: DEFAULT_CHROMIUM };
  if (isRoot && hasApt) return { kind: "install" };
  return {
    kind: "stop",
    reason: `The e2e tests need Chromium at ${DEFAULT_CHROMIUM}: install it (as root: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  };
}

/** Null once a Chromium is there (installing Debian's package when root), else the one sentence to print. */
export function ensureChromium(): string | null {
  const facts: ChromiumFacts = {
    configured: process.env.CHROMIUM_PATH || undefined,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasApt: existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get"),
  };
  const plan = chromiumPlan(facts);
  if (plan.kind === "ready") return null;
  if (plan.kind === "stop") return plan.reason;

  console.log(`No Chromium at ${DEFAULT_CHROMIUM}: installing Debian's package (apt-get install chromium)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) break;
  }
  const after = chromiumPlan({ ...facts, isRoot: false });
  return after.kind === "ready"
    ? null
    : `Installing Chromium with apt-get failed (see above): install it by hand (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}
