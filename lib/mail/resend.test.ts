import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResendTransport } from "./resend";
import { MailTransportError } from "./types";

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

// A stand-in for api.resend.com: records each request and answers by the subject line.
let server: Server;
let baseUrl = "";
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(JSON.stringify(payload));
      };
      if (body.subject === "rate limited")
        return reply(
          429,
          { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 },
          { "retry-after": "7" },
        );
      if (body.subject === "invalid")
        return reply(422, { name: "validation_error", message: "Invalid `to` field", statusCode: 422 });
      reply(200, { id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = {
  to: "ana.souza@bank.example",
  from: "Herald <herald@bank.example>",
  subject: "CPU critical on pam-node-01: 96.4%",
  html: "<p>html</p>",
  text: "text",
  headers: { "X-Herald-Test": "1" },
};

describe("Resend transport (against a local fake API)", () => {
  it("posts the e-mail with the API key, headers and idempotency key, and returns Resend's id", async () => {
    const transport = createResendTransport({ apiKey: "re_test_123", baseUrl });
    const result = await transport.send({ ...message, idempotencyKey: "event-42/user-7" });
    expect(result.id).toBe("4ef9a417-02e9-4d39-ad75-9611e0fcc33c");
    const request = seen.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/emails");
    expect(request?.headers.authorization).toBe("Bearer re_test_123");
    expect(request?.headers["idempotency-key"]).toBe("event-42/user-7");
    expect(request?.body).toMatchObject({
      to: message.to,
      from: message.from,
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: { "X-Herald-Test": "1" },
    });
  });

  it("sends no idempotency key when none is given", async () => {
    await createResendTransport({ apiKey: "re_test_123", baseUrl }).send(message);
    expect(seen.at(-1)?.headers["idempotency-key"]).toBeUndefined();
  });

  it("reports a rate limit as retryable, with the provider's retry-after", async () => {
    const error = await createResendTransport({ apiKey: "re_test_123", baseUrl })
      .send({ ...message, subject: "rate limited" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailTransportError);
    expect(error).toMatchObject({ retryable: true, status: 429, retryAfterSeconds: 7 });
  });

  it("reports a validation error as permanent", async () => {
    const error = await createResendTransport({ apiKey: "re_test_123", baseUrl })
      .send({ ...message, subject: "invalid" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ retryable: false, status: 422 });
  });

  it("reports an unreachable API as retryable", async () => {
    const error = await createResendTransport({ apiKey: "re_test_123", baseUrl: "http://127.0.0.1:9" })
      .send(message)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ retryable: true });
  });
});
