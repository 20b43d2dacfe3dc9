// Parses the kernel's TCP socket tables, /proc/net/tcp and /proc/net/tcp6 (Documentation/networking/
// proc_net_tcp.rst). Pure: no file access, so unit tests feed it fixtures and the reader feeds it the
// live files.
//
// Each row: "sl: local rem st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …". Addresses
// are "<hex address>:<hex port>". The address is printed as the kernel holds it in memory: 32-bit
// words in host order, so on little-endian machines each 4-byte word is byte-reversed (127.0.0.1 is
// "0100007F"); an IPv6 address is four such words. The port is printed in plain hex (already host order).
import { parseLinuxTcpState, type TcpState } from "@/lib/system/values";

export type TcpFamily = "tcp" | "tcp6";

export interface TcpSocket {
  family: TcpFamily;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  state: TcpState;
  /** User id owning the socket. */
  uid: number;
  /** Socket inode (0 for sockets no longer attached to a process, e.g. TIME-WAIT). */
  inode: number;
}

/** Reverses the bytes of each 8-hex-digit word (the kernel prints words in host order, little-endian here). */
function wordBytes(hex: string): number[] {
  const bytes: number[] = [];
  for (let word = 0; word < hex.length; word += 8) {
    const chunk = hex.slice(word, word + 8);
    for (let i = 6; i >= 0; i -= 2) bytes.push(Number.parseInt(chunk.slice(i, i + 2), 16));
  }
  return bytes;
}

/** IPv6 bytes → RFC 5952 text: lower case, leading zeros dropped, the longest run of ≥ 2 zero groups as "::". */
export function formatIpv6(bytes: readonly number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  // IPv4-mapped (::ffff:a.b.c.d), as the kernel reports IPv4 peers of a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12).join(".")}`;
  }
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const text = groups.map((g) => g.toString(16));
  if (bestLength < 2) return text.join(":");
  const head = text.slice(0, bestStart).join(":");
  const tail = text.slice(bestStart + bestLength).join(":");
  return `${head}::${tail}`;
}

/** "0100007F:0CEA" → { address: "127.0.0.1", port: 3306 }; null when malformed. */
export function parseEndpoint(text: string, family: TcpFamily): { address: string; port: number } | null {
  const match = /^([0-9A-Fa-f]+):([0-9A-Fa-f]{4})$/.exec(text);
  if (!match) return null;
  const [, hex, portHex] = match as unknown as [string, string, string];
  const expected = family === "tcp" ? 8 : 32;
  if (hex.length !== expected) return null;
  const bytes = wordBytes(hex);
  const address = family === "tcp" ? bytes.join(".") : formatIpv6(bytes);
  return { address, port: Number.parseInt(portHex, 16) };
}

/**
 * Parses the text of /proc/net/tcp (family "tcp") or /proc/net/tcp6 ("tcp6"). The header line and any
 * row that does not parse (an unknown state code included) are skipped: one odd row never hides the rest.
 */
export function parseProcNetTcp(text: string, family: TcpFamily): TcpSocket[] {
  const sockets: TcpSocket[] = [];
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    // sl, local, remote, st, tx:rx, tr:when, retrnsmt, uid, timeout, inode
    if (fields.length < 10 || !/^\d+:$/.test(fields[0]!)) continue;
    const local = parseEndpoint(fields[1]!, family);
    const remote = parseEndpoint(fields[2]!, family);
    if (!local || !remote) continue;
    let state: TcpState;
    try {
      state = parseLinuxTcpState(fields[3]!);
    } catch {
      continue;
    }
    const uid = Number(fields[7]);
    const inode = Number(fields[9]);
    if (!Number.isSafeInteger(uid) || !Number.isSafeInteger(inode)) continue;
    sockets.push({
      family,
      localAddress: local.address,
      localPort: local.port,
      remoteAddress: remote.address,
      remotePort: remote.port,
      state,
      uid,
      inode,
    });
  }
  return sockets;
}
