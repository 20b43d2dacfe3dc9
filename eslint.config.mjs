import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-ignore": true, "ts-expect-error": "allow-with-description" },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Configuration is read once, validated, in lib/env.ts.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // Components render; they read data only through lib/<feature>/queries.ts, which authorizes.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"],
              message: "Components do not query: call a lib/<feature> query from the page.",
            },
          ],
        },
      ],
    },
  },
  {
    // Server code logs through lib/log.ts (JSON lines, request id, secrets redacted).
    files: ["lib/**", "app/**"],
    rules: { "no-console": "error" },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "lib/db/**",
      "scripts/**",
      "bench/**",
      "e2e/**",
      "tests/**",
      "*.config.ts",
      "*.config.mjs",
      "prisma/seed/**",
      "vitest.*.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
