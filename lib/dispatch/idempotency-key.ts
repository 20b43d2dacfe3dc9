// The Idempotency-Key header of the events API: its name and what a valid value is. Pure zod, no
// server-only: idempotency.ts enforces it, and the OpenAPI document (lib/api/openapi.ts) declares it.
import { z } from "zod";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** Printable ASCII without spaces, at most 255 characters (a UUID is the usual choice). */
export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/)
  .meta({
    description:
      "Retry safely: the same key with the same body within 24 hours answers the first answer again " +
      "(with `Idempotent-Replayed: true`) and enqueues nothing; the same key with a different body is a 409. " +
      "1–255 printable ASCII characters without spaces, e.g. a UUID.",
  });
