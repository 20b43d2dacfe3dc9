// The fake Resend's wire format: reading request bodies, checking e-mails as Resend does, and
// Resend's error bodies. Test-only (see fake-resend.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FailOptions } from "./fake-resend";

const DEFAULT_ERROR_NAME: Record<number, string> = {
  400: "invalid_idempotency_key",
  401: "missing_api_key",
  403: "invalid_api_key",
  409: "invalid_idempotent_request",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
  503: "service_unavailable",
};

export interface ParsedEmail {
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  replyTo?: string[];
  headers: Record<string, string>;
  tags: Record<string, string>;
}

/** The SDK's snake_case body, checked like Resend checks it; a string says what is wrong. */
export function parseEmail(body: unknown): ParsedEmail | string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "The e-mail must be an object";
  const email = body as Record<string, unknown>;
  const to = list(email.to);
  if (!to || to.length === 0 || to.length > 50) return "Invalid `to` field";
  if (to.some((address) => !/^[^\s@<>]+@[^\s@<>]+$/.test(address) && !/<[^\s@<>]+@[^\s@<>]+>$/.test(address)))
    return "Invalid `to` field: not an e-mail address";
  if (typeof email.from !== "string" || !email.from.includes("@")) return "Invalid `from` field";
  if (typeof email.subject !== "string" || email.subject.length === 0) return "Missing `subject` field";
  if (typeof email.html !== "string" && typeof email.text !== "string")
    return "Missing `html` or `text` field";
  const headers: Record<string, string> = {};
  if (typeof email.headers === "object" && email.headers !== null) {
    for (const [name, value] of Object.entries(email.headers))
      if (typeof value === "string") headers[name] = value;
  }
  const tags: Record<string, string> = {};
  if (Array.isArray(email.tags)) {
    for (const tag of email.tags as { name?: unknown; value?: unknown }[]) {
      if (typeof tag.name === "string" && typeof tag.value === "string") tags[tag.name] = tag.value;
    }
  }
  return {
    tags,
    from: email.from,
    to,
    subject: email.subject,
    html: typeof email.html === "string" ? email.html : undefined,
    text: typeof email.text === "string" ? email.text : undefined,
    replyTo: list(email.reply_to),
    headers,
  };
}

function list(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  return undefined;
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function errorBody(status: number, options: FailOptions = {}) {
  return {
    statusCode: status,
    name: options.name ?? DEFAULT_ERROR_NAME[status] ?? "application_error",
    message: options.message ?? `Fake Resend answered ${status}`,
  };
}

export function send(
  response: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(payload));
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
