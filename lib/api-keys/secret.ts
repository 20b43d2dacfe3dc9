// API key format: "hk_" + 10-character public id + "_" + 43-character secret (256 bits, base64url).
// Only the SHA-256 of the whole key is stored: the key is random, so a slow hash would add nothing.
import { createHash, randomBytes } from "node:crypto";

const KEY_PATTERN = /^(hk_[A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const id = Array.from(randomBytes(10), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
  const prefix = `hk_${id}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** The public prefix of a well-formed key, or null. */
export function parseApiKey(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}
