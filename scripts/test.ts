// npm test: every check CI runs, in order, stopping at the first failure:
// format, lint, types, unit tests, integration tests (real PostgreSQL), production build, e2e.
// Ends with one "N passed, N failed" line counting the unit, integration and e2e tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./lib/chromium";

const reports = ".data/reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  report?: { file: string; kind: "vitest" | "playwright" };
  /** Runs first; a returned sentence stops the run with it instead of running the step. */
  prepare?: () => string | null;
}

const steps: Step[] = [
  { name: "format", command: ["prettier", "--check", "--log-level", "warn", "."] },
  { name: "lint", command: ["eslint", "--max-warnings=0", "."] },
  { name: "typecheck", command: ["tsc", "--noEmit"] },
  {
    name: "unit",
    command: [
      "vitest",
      "run",
      "--project",
      "unit",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reports}/unit.json`,
    ],
    report: { file: `${reports}/unit.json`, kind: "vitest" },
  },
  {
    name: "integration",
    command: [
      "vitest",
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reports}/integration.json`,
    ],
    report: { file: `${reports}/integration.json`, kind: "vitest" },
  },
  { name: "build", command: ["tsx", "scripts/build.ts"] },
  {
    name: "e2e",
    command: ["playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
    prepare: ensureChromium,
    report: { file: `${reports}/e2e.json`, kind: "playwright" },
  },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const timings: string[] = [];

for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const started = Date.now();
  const missing = step.prepare?.();
  if (missing) {
    console.error(`\n✗ ${step.name} cannot run. ${missing}`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(" ")}`);
  const [bin, ...args] = step.command;
  const result = spawnSync(`node_modules/.bin/${bin}`, args, {
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name} ${seconds}s`);
  if (step.report && existsSync(step.report.file)) {
    const counts = countTests(step.report.file, step.report.kind);
    passed += counts.passed;
    failed += counts.failed;
  }
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    if (!step.report) failed += 1;
    console.log(`\n${timings.join(" · ")}`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}

console.log(`\n${timings.join(" · ")}`);
console.log(`${passed} passed, ${failed} failed`);

function countTests(file: string, kind: "vitest" | "playwright") {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    stats?: { expected?: number; unexpected?: number; flaky?: number };
  };
  if (kind === "vitest") return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
  return {
    passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
    failed: report.stats?.unexpected ?? 0,
  };
}
