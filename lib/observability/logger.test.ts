import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, parseLogLevel, scrubText, serviceFromArgv } from "./logger";
import { withRequestContext } from "./request-context";

function capture(level: "debug" | "info" | "warn" | "error" = "info") {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level, service: "web", destination });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("createLogger", () => {
  it("prints neither an Authorization header nor a password of a logged object", () => {
    const { logger, lines, parsed } = capture();
    logger.info(
      {
        request: { headers: { authorization: "Bearer s3cr3t-token", "x-api-key": "k-123" } },
        user: { email: "ana@example.com", password: "hunter2-pass" },
        apiKey: "hk_abc_verysecret",
      },
      "signing in",
    );
    const text = lines.join("\n");
    expect(text).not.toContain("s3cr3t-token");
    expect(text).not.toContain("hunter2-pass");
    expect(text).not.toContain("verysecret");
    expect(text).not.toContain("k-123");
    const [line] = parsed();
    expect(line).toMatchObject({
      level: "info",
      service: "web",
      msg: "signing in",
      user: { email: "ana@example.com", password: "[REDACTED]" },
      request: { headers: { authorization: "[REDACTED]" } },
    });
  });

  it("scrubs SMTP URL credentials and bearer tokens from messages and errors", () => {
    const { logger, lines } = capture();
    logger.error(
      { err: new Error("connect smtp://mailer:pa55word@relay.example:587 refused") },
      "send failed",
    );
    logger.warn("retrying with Authorization: Bearer abc.def.ghi");
    const text = lines.join("\n");
    expect(text).not.toContain("pa55word");
    expect(text).not.toContain("mailer:");
    expect(text).not.toContain("abc.def.ghi");
    expect(text).toContain("smtp://[REDACTED]@relay.example:587");
  });

  it("puts the running request's id on every line written inside it, and none outside", async () => {
    const { logger, parsed } = capture();
    await withRequestContext("req-42", async () => {
      logger.info("first");
      await Promise.resolve();
      logger.info("after an await");
    });
    logger.info("outside");
    expect(parsed().map((line) => line.requestId)).toEqual(["req-42", "req-42", undefined]);
  });

  it("honours the level", () => {
    const { logger, parsed } = capture("warn");
    logger.info("hidden");
    logger.warn("shown");
    expect(parsed().map((line) => line.msg)).toEqual(["shown"]);
  });
});

describe("helpers", () => {
  it("scrubText keeps the host and the key's public id", () => {
    expect(scrubText("smtps://u:p@host:465/x")).toBe("smtps://[REDACTED]@host:465/x");
    expect(scrubText("key hk_0193ab_secretpart used")).toBe("key hk_0193ab_[REDACTED] used");
  });

  it("names the service after the script and falls back to info for unknown levels", () => {
    expect(serviceFromArgv(["node", "/app/scripts/worker.ts"])).toBe("worker");
    expect(serviceFromArgv(["node", "/app/scripts/herald.ts"])).toBe("launcher");
    expect(serviceFromArgv(["node", "/app/scripts/server.ts"])).toBe("web");
    expect(parseLogLevel("debug")).toBe("debug");
    expect(parseLogLevel("verbose")).toBe("info");
    expect(parseLogLevel(undefined)).toBe("info");
  });
});
