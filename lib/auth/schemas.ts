import { z } from "zod";

// Validation messages are keys of common.errors.* (messages/<locale>/common.json); forms translate them.

/** Password policy: long beats complex (NIST SP 800-63B). */
export const passwordSchema = z.string().min(12, "passwordTooShort").max(256, "passwordTooLong");
