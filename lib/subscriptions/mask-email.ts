// "beatriz.souza@herald.local" → "b••••••••••a@herald.local": enough for the owner to recognise the
// address on a page anyone holding the link can open, without disclosing it. Pure.
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  const local = email.slice(0, at);
  const domain = email.slice(at);
  if (local.length <= 2) return `${local[0]}•${domain}`;
  return `${local[0]}${"•".repeat(Math.min(local.length - 2, 10))}${local[local.length - 1]}${domain}`;
}
