import { beforeAll, describe, expect, it, vi } from "vitest";

// lib/env reads the environment once, at import: stub it first, then import.
vi.stubEnv("SMTP_URL", "smtp://herald%40bank:S3cr%3At-pass@relay.bank.example:2525");
vi.stubEnv("SMTP_REQUIRE_TLS", "true");
vi.stubEnv("SMTP_TLS_REJECT_UNAUTHORIZED", "false");
vi.stubEnv("RESEND_API_KEY", "re_live_abcdefghijklmnop");
vi.stubEnv("MAIL_RETURN_PATH", "bounces@bank.example");
let transports: typeof import("./transports");

beforeAll(async () => {
  transports = await import("./transports");
});

describe("transport configuration shown to administrators", () => {
  it("describes SMTP and Resend without their secrets", () => {
    const smtp = transports.transportConfiguration("SMTP");
    expect(smtp).toEqual({
      configured: true,
      endpoint: "relay.bank.example:2525",
      security: "starttls-required",
      authenticated: true,
      verifiesCertificate: false,
      returnPath: "bounces@bank.example",
      webhookSecretSet: null,
    });
    const resend = transports.transportConfiguration("RESEND");
    expect(resend).toMatchObject({ configured: true, endpoint: "api.resend.com", webhookSecretSet: false });
    expect(JSON.stringify([smtp, resend])).not.toMatch(/S3cr|re_live/);
  });

  it("redacts the SMTP password (raw and decoded) and the API key from error text", () => {
    const text =
      "connect failed smtp://herald%40bank:S3cr%3At-pass@relay.bank.example:2525 pass=S3cr:t-pass key=re_live_abcdefghijklmnop";
    const redacted = transports.redactSecrets(text);
    expect(redacted).not.toMatch(/S3cr|re_live/);
    expect(redacted).toContain("•••");
  });

  it("builds every configured transport", () => {
    const built = transports.transportsFromEnv({} as never);
    expect(Object.keys(built).sort()).toEqual(["MAILBOX", "RESEND", "SMTP"]);
  });
});
