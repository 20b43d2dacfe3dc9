import { connect } from "node:net";
import { baseURL } from "../playwright.config";
import { expect, test } from "./fixtures";

/** Sends raw bytes and resolves with the first line the server answers, or the socket error's code. */
function rawRequest(head: string, body: Buffer): Promise<string> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve) => {
    let answer = "";
    const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname, () => {
      socket.write(head);
      socket.write(body);
    });
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
    socket.on("close", () => resolve(answer.split("\r\n")[0] ?? ""));
  });
}

// Found by the fuzz: a request line past Node's 16 KB limit followed by a large body was answered
// with a connection reset, because the server closed the socket while the body was still arriving.
test("[hostile] a 20 KB request line with a 12 MB body is answered 431, not reset", async () => {
  const body = Buffer.alloc(12 * 1024 * 1024, "a");
  const head =
    `PUT /api/v1/catalog?q=${"y".repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  expect(await rawRequest(head, body)).toBe("HTTP/1.1 431 Request Header Fields Too Large");
});
