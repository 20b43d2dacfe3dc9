// Where a dashboard download came from, as the notification payload names it. Pure.
import { isIP } from "node:net";

/**
 * The payload's origin needs an IP address. An IPv4 client seen through an IPv6 socket is named by its
 * IPv4 address; when the address is unknown (no header from Herald's server), the unspecified address
 * says so rather than inventing one.
 */
export function originOf(ip: string | null): { ip: string; location?: string } {
  const mapped = ip?.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  const address = mapped ?? ip;
  if (address && isIP(address)) return { ip: address };
  return { ip: "0.0.0.0", location: "unknown" };
}
