import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next resolves "server-only" itself; outside Next it is an empty module.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

const env = {
  AUTH_SECRET: "test-secret-test-secret-test-secret-0000",
  APP_URL: "http://localhost:3000",
  NODE_ENV: "test" as const,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["{lib,components,emails,app,scripts,prisma}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.{ts,tsx}", "node_modules/**"],
          env: { ...env, DATABASE_URL: "postgresql://unit-tests-have-no-database/none" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          // next-auth imports "next/server" without an extension, which only Next's bundler resolves.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          environment: "node",
          include: ["{lib,app,prisma,tests}/**/*.int.test.{ts,tsx}"],
          globalSetup: ["tests/global-setup.ts"],
          setupFiles: ["tests/setup-integration.ts"],
          env,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database for the run; tests isolate themselves with fresh random rows.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
