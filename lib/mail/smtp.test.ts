import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpTransport } from "./smtp";
import { MailTransportError } from "./types";

// Just enough of an SMTP server (RFC 5321, no TLS, no auth) to receive what nodemailer sends; no
// dependency. A recipient starting with "busy" gets a temporary 451, "nobody" a permanent 550.
let server: Server;
let port = 0;
const received: { from: string; to: string[]; data: string }[] = [];

function session(socket: Socket) {
  let buffer = "";
  let inData = false;
  let current = { from: "", to: [] as string[], data: "" };
  const reply = (line: string) => socket.write(`${line}\r\n`);
  reply("220 test-smtp ready");
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    let index: number;
    while ((index = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      if (inData) {
        if (line === ".") {
          inData = false;
          received.push(current);
          current = { from: "", to: [], data: "" };
          reply("250 2.0.0 queued as TEST1");
        } else current.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
        continue;
      }
      const command = line.slice(0, 4).toUpperCase();
      if (command === "MAIL") {
        current.from = line;
        reply("250 2.1.0 ok");
      } else if (command === "RCPT") {
        if (/<busy/i.test(line)) reply("451 4.3.0 try again later");
        else if (/<nobody/i.test(line)) reply("550 5.1.1 no such user");
        else {
          current.to.push(line);
          reply("250 2.1.5 ok");
        }
      } else if (command === "DATA") {
        inData = true;
        reply("354 end with .");
      } else if (command === "RSET") {
        current = { from: "", to: [], data: "" };
        reply("250 ok");
      } else if (command === "QUIT") {
        reply("221 bye");
        socket.end();
      } else reply(command === "EHLO" || command === "HELO" ? "250 test-smtp" : "250 ok");
    }
  });
}

beforeAll(async () => {
  server = createServer(session);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = {
  to: "ana.souza@bank.example",
  from: "Herald <herald@bank.example>",
  subject: "[TEST] Certificado renovado: api.pix.meridional.example",
  html: "<p>Olá, Ana</p>",
  text: "Olá, Ana",
  headers: { "X-Herald-Test": "1" },
};

describe("SMTP transport (against an in-process SMTP server)", () => {
  it("delivers a multipart message with the custom header and returns the Message-ID", async () => {
    const result = await createSmtpTransport(`smtp://127.0.0.1:${port}`).send(message);
    expect(result.id).toMatch(/^<.+@.+>$/);
    const mail = received.at(-1);
    expect(mail?.from).toContain("<herald@bank.example>");
    expect(mail?.to.join()).toContain("<ana.souza@bank.example>");
    expect(mail?.data).toContain("X-Herald-Test: 1");
    expect(mail?.data).toContain("multipart/alternative");
    expect(mail?.data).toMatch(/^Subject: \[TEST\] Certificado renovado/m);
    expect(mail?.data).toContain("Ol=C3=A1, Ana");
  });

  it("treats a 4xx reply as temporary and a 5xx reply as permanent", async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    const busy = await transport
      .send({ ...message, to: "busy@bank.example" })
      .catch((caught: unknown) => caught);
    expect(busy).toBeInstanceOf(MailTransportError);
    expect(busy).toMatchObject({ retryable: true, status: 451 });
    const nobody = await transport
      .send({ ...message, to: "nobody@bank.example" })
      .catch((caught: unknown) => caught);
    expect(nobody).toMatchObject({ retryable: false, status: 550 });
  });

  it("refuses header values that would inject headers", async () => {
    const sent = received.length;
    await createSmtpTransport(`smtp://127.0.0.1:${port}`).send({
      ...message,
      headers: { "X-Note": "a\r\nBcc: evil@example.com" },
    });
    expect(received.at(-1)?.data).not.toMatch(/^Bcc:/m);
    expect(received.length).toBe(sent + 1);
  });
});
