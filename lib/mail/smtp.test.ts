import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/tests/fakes/smtp-sink";
import { connection, createSmtpTransport, startTlsRequired } from "./smtp";
import type { MailMessage } from "./types";
import { transportFailureOf } from "./testing";

// A real SMTP relay (smtp-server) requiring STARTTLS and AUTH, with a self-signed certificate.
let relay: SmtpSink;
// A plain relay without TLS or AUTH.
let plain: SmtpSink;

beforeAll(async () => {
  relay = await startSmtpSink({ starttls: true, auth: { user: "herald", pass: "s3cret:p@ss" } });
  plain = await startSmtpSink();
});
afterAll(async () => {
  await relay.close();
  await plain.close();
});
beforeEach(() => {
  relay.reset();
  plain.reset();
});

const message: MailMessage = {
  to: "ana.souza@bank.example",
  from: "Herald <herald@bank.example>",
  subject: "[TEST] Certificado renovado: api.pix.meridional.example",
  html: "<p>Olá, Ana</p>",
  text: "Olá, Ana",
  headers: {
    "X-Herald-Delivery-Id": "0193a1b2-0000-7000-8000-000000000001",
    "Message-ID": "<d1@herald.test>",
  },
  replyTo: "soc@bank.example",
};

describe("SMTP transport (against a real SMTP server)", () => {
  it("delivers over STARTTLS with AUTH to a self-signed relay it was told to accept, with Reply-To and Return-Path", async () => {
    const transport = createSmtpTransport({
      url: relay.url,
      requireTls: true,
      rejectUnauthorized: false,
      returnPath: "bounces@bank.example",
    });
    const { id } = await transport.send(message);
    expect(id).toBe("<d1@herald.test>");
    expect(relay.messages).toHaveLength(1);
    expect(relay.messages[0]).toMatchObject({
      secure: true,
      user: "herald",
      envelope: { mailFrom: "bounces@bank.example", rcptTo: ["ana.souza@bank.example"] },
      from: "herald@bank.example",
      to: ["ana.souza@bank.example"],
      replyTo: ["soc@bank.example"],
      subject: message.subject,
      messageId: "<d1@herald.test>",
      text: "Olá, Ana",
      html: "<p>Olá, Ana</p>",
    });
    expect(relay.messages[0]?.headers["x-herald-delivery-id"]).toBe(message.headers!["X-Herald-Delivery-Id"]);
  });

  it("refuses a self-signed relay by default (a retryable transport failure; nothing sent)", async () => {
    const transport = createSmtpTransport({ url: relay.url, requireTls: true });
    expect(await transportFailureOf(transport.send(message))).toMatchObject({
      retryable: true,
      status: undefined,
    });
    expect(relay.messages).toHaveLength(0);
  });

  it("treats refused credentials as the relay's configuration: retryable, with the 535", async () => {
    const url = relay.url.replace("s3cret%3Ap%40ss", "wrong");
    const transport = createSmtpTransport({ url, requireTls: true, rejectUnauthorized: false });
    expect(await transportFailureOf(transport.send(message))).toMatchObject({ retryable: true, status: 535 });
  });

  it("refuses to send in clear when TLS is required and the relay offers no STARTTLS", async () => {
    const transport = createSmtpTransport({ url: plain.url, requireTls: true });
    expect(await transportFailureOf(transport.send(message))).toMatchObject({ retryable: true });
    expect(plain.messages).toHaveLength(0);
  });

  it("requires STARTTLS by default when the URL carries credentials, so they never cross in clear", async () => {
    const noStartTls = await startSmtpSink({ auth: { user: "herald", pass: "s3cret" } });
    try {
      const refused = createSmtpTransport({ url: noStartTls.url });
      expect(await transportFailureOf(refused.send(message))).toMatchObject({ retryable: true });
      expect(noStartTls.messages).toHaveLength(0);
      // Allowed only when said so (an internal relay without TLS).
      await createSmtpTransport({ url: noStartTls.url, requireTls: false }).send(message);
      expect(noStartTls.messages).toHaveLength(1);
    } finally {
      await noStartTls.close();
    }
    expect(startTlsRequired("smtp://relay.bank.example:25", undefined)).toBe(false);
    expect(startTlsRequired("smtp://u:p@relay.bank.example:587", undefined)).toBe(true);
    expect(startTlsRequired("smtps://u:p@relay.bank.example", undefined)).toBe(false);
    expect(startTlsRequired("smtp://relay.bank.example:25", true)).toBe(true);
  });

  it("sends the From address as envelope sender when no Return-Path is configured", async () => {
    await createSmtpTransport({ url: plain.url }).send(message);
    expect(plain.messages[0]?.envelope.mailFrom).toBe("herald@bank.example");
    expect(plain.messages[0]?.secure).toBe(false);
  });

  it("treats a 4xx reply as temporary and a 5xx reply as permanent", async () => {
    plain.rejectRecipient("busy@bank.example", 451, "4.3.0 try again later");
    plain.rejectRecipient("nobody@bank.example", 550, "5.1.1 no such user");
    const transport = createSmtpTransport({ url: plain.url });
    expect(await transportFailureOf(transport.send({ ...message, to: "busy@bank.example" }))).toMatchObject({
      retryable: true,
      status: 451,
    });
    expect(await transportFailureOf(transport.send({ ...message, to: "nobody@bank.example" }))).toMatchObject(
      {
        retryable: false,
        status: 550,
      },
    );
    plain.failNext(1, 552, "5.3.4 message too big");
    expect(await transportFailureOf(transport.send(message))).toMatchObject({
      retryable: false,
      status: 552,
    });
    expect(plain.messages).toHaveLength(0);
  });

  it("reports an unreachable relay as retryable", async () => {
    const transport = createSmtpTransport({ url: "smtp://127.0.0.1:9", timeoutMs: 2_000 });
    expect(await transportFailureOf(transport.send(message))).toMatchObject({
      retryable: true,
      status: undefined,
    });
  });

  it("strips line breaks from header values and refuses invalid header names", async () => {
    const transport = createSmtpTransport({ url: plain.url });
    await transport.send({ ...message, headers: { "X-Note": "a\r\nBcc: evil@example.com" } });
    expect(plain.messages[0]?.headers.bcc).toBeUndefined();
    expect(plain.messages[0]?.headers["x-note"]).toBe("a Bcc: evil@example.com");
    expect(
      await transportFailureOf(
        transport.send({ ...message, headers: { "X-Bad\r\nBcc": "evil@example.com" } }),
      ),
    ).toMatchObject({ retryable: false });
    expect(plain.messages).toHaveLength(1);
  });
});

describe("SMTP_URL parsing", () => {
  it("reads TLS mode, default ports and percent-encoded credentials", () => {
    expect(connection("smtps://relay.bank.example")).toEqual({
      host: "relay.bank.example",
      port: 465,
      secure: true,
    });
    expect(connection("smtp://h%40rald:p%3Ass@[::1]:2525")).toEqual({
      host: "::1",
      port: 2525,
      secure: false,
      auth: { user: "h@rald", pass: "p:ss" },
    });
    expect(connection("smtp://relay.bank.example").port).toBe(587);
    expect(() => connection("http://relay.bank.example")).toThrow(/smtp:\/\/ or smtps:\/\//);
  });
});
