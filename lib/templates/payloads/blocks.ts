// Building blocks of the notification payloads. Pure zod (no server-only): the browser validates the
// preview editor with these schemas, the API will validate events and document them as JSON Schema,
// so the input shape has no transforms, only JSON-Schema-expressible checks and metadata.
//
// Metadata the templates read (it also lands in the JSON Schema as extension keywords):
//   "x-unit":    how a number is shown ("percent" 0–100, "seconds" as a duration, "bytes").
//   "x-display": an object shown as one fact ("person" → "Ana Souza (asouza)").
//   "x-code":    a string shown in a monospace font (serials, hashes, paths).
import { z } from "zod";

export type FieldUnit = "percent" | "seconds" | "bytes";
export type DisplayKind = "person" | "device" | "credential" | "origin" | "period" | "version";

/** A required, bounded, non-empty string. */
export const text = (max = 200) => z.string().min(1).max(max);

/** Text shown in a monospace font: serials, hashes, paths, commands. */
export const code = (max = 200) => text(max).meta({ "x-code": true });

/** An ISO 8601 instant with a zone ("2026-11-24T14:03:00Z" or "…-03:00"); shown in the reader's time zone. */
export const timestamp = z.iso.datetime({ offset: true });

export const HTTP_URL_MESSAGE = "Must be an absolute http:// or https:// URL";

/**
 * A link. Only absolute http(s) URLs: `javascript:`, `data:`, `vbscript:` and relative links are
 * refused when the payload is validated, so no template can ever render one.
 */
export const httpUrl = z
  .url({ protocol: /^https?$/, message: HTTP_URL_MESSAGE })
  .regex(/^https?:\/\//i, { message: HTTP_URL_MESSAGE })
  .max(2048);

export const count = z.number().int().nonnegative();
export const percent = z.number().min(0).max(100).meta({ "x-unit": "percent" });
export const seconds = z.number().int().nonnegative().meta({ "x-unit": "seconds" });
export const bytes = z.number().int().nonnegative().meta({ "x-unit": "bytes" });

export const person = z
  .object({ name: text(120), username: text(120) })
  .meta({ "x-display": "person", description: "A PAM user: display name and login" });

export const device = z
  .object({ name: text(120), address: text(120).optional() })
  .meta({ "x-display": "device", description: "A target device: host name and address" });

export const credential = z
  .object({ username: text(120), device: text(120) })
  .meta({ "x-display": "credential", description: "A vaulted credential: account on a device" });

export const origin = z
  .object({ ip: z.union([z.ipv4(), z.ipv6()]), location: text(120).optional() })
  .meta({ "x-display": "origin", description: "Where a request came from" });

export const period = z
  .object({ from: timestamp, to: timestamp })
  .meta({ "x-display": "period", description: "A time range" });

export const protocol = z.enum(["ssh", "rdp", "vnc", "telnet", "https", "database"]);

export const session = z.object({
  id: text(64),
  protocol,
  user: person,
  credential,
  origin,
  startedAt: timestamp,
});

export const certificate = z.object({
  commonName: text(255),
  serial: code(128),
  issuer: text(255),
  expiresAt: timestamp,
});

/** A certificate with the devices it is installed on. */
export const boundCertificate = certificate.extend({ devices: z.array(text(120)).max(500) });

export const workstation = z.object({
  hostname: text(120),
  os: text(120),
  agentVersion: text(40),
});

export const version = z.object({ number: text(40), releasedAt: timestamp }).meta({ "x-display": "version" });

export const application = z.object({ name: text(200), path: code(1024), publisher: text(200).optional() });

export const errorInfo = z.object({ code: text(60).optional(), message: text(2000) });

/** Where the details live in the PAM console; every e-mail links there when it can. */
export const detailsUrl = httpUrl.optional();

/** A scheduled report: the period it covers, when it was generated, its rows (the e-mail shows the first ones). */
export function report<Row extends z.ZodObject, Extra extends z.ZodRawShape>(row: Row, extra: Extra) {
  return z.object({
    period,
    generatedAt: timestamp,
    ...extra,
    rows: z.array(row).max(5000),
    reportUrl: httpUrl.optional(),
  });
}
