import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIpv6, parseEndpoint, parseProcNetTcp } from "./parse";
import { BUILD_UP_THRESHOLDS, countByState, findBuildUps } from "./summary";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseProcNetTcp (IPv4)", () => {
  const sockets = parseProcNetTcp(fixture("tcp.txt"), "tcp");

  it("maps every kernel state code 01–0B to Appendix I's name", () => {
    expect(sockets.map((s) => [s.localPort, s.state])).toEqual([
      [8080, "ESTABLISHED"],
      [8081, "SYN-SENT"],
      [8082, "SYN-RECEIVED"],
      [8083, "FIN-WAIT-1"],
      [8084, "FIN-WAIT-2"],
      [8085, "TIME-WAIT"],
      [8086, "CLOSED"],
      [8087, "CLOSE-WAIT"],
      [8088, "LAST-ACK"],
      [8089, "LISTEN"],
      [8090, "CLOSING"],
    ]);
  });

  it("reads little-endian addresses, hex ports, uid and inode", () => {
    expect(sockets[0]).toEqual({
      family: "tcp",
      localAddress: "127.0.0.1",
      localPort: 8080,
      remoteAddress: "192.168.0.10",
      remotePort: 50000,
      state: "ESTABLISHED",
      uid: 1000,
      inode: 5000,
    });
    expect(sockets[9]).toMatchObject({ localAddress: "0.0.0.0", remoteAddress: "0.0.0.0", remotePort: 0 });
  });

  it("skips the header, blank lines, malformed rows and unknown state codes", () => {
    const text = [
      "  sl  local_address rem_address   st",
      "",
      "   0: 0100007F:0050 00000000:0000 0C 00000000:00000000 00:00000000 00000000 0 0 1 1",
      "   1: 0100007F:ZZZZ 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1",
      "   2: 0100007F:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 9 1",
    ].join("\n");
    expect(parseProcNetTcp(text, "tcp").map((s) => s.inode)).toEqual([9]);
  });
});

describe("parseProcNetTcp (IPv6)", () => {
  const sockets = parseProcNetTcp(fixture("tcp6.txt"), "tcp6");

  it("reads each 32-bit word little-endian and prints RFC 5952 text", () => {
    expect(sockets.map((s) => [s.localAddress, s.localPort, s.remoteAddress, s.remotePort, s.state])).toEqual(
      [
        ["::", 3100, "::", 0, "LISTEN"],
        ["::1", 8080, "::1", 54321, "ESTABLISHED"],
        ["::ffff:127.0.0.1", 3100, "::ffff:192.168.0.10", 58010, "CLOSE-WAIT"],
        ["fe80::1", 22, "2001:db8::8a2e:370:7334", 49153, "TIME-WAIT"],
      ],
    );
    expect(sockets.every((s) => s.family === "tcp6")).toBe(true);
    expect(sockets[3]!.inode).toBe(0);
  });

  it("refuses an IPv4-length address in the IPv6 table", () => {
    expect(parseEndpoint("0100007F:0050", "tcp6")).toBeNull();
    expect(parseEndpoint("00000000000000000000000001000000:0050", "tcp")).toBeNull();
  });

  it("compresses only the longest run of two or more zero groups", () => {
    expect(formatIpv6([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1])).toBe("2001:db8:0:1::1");
    expect(formatIpv6([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1])).toBe(
      "2001:db8:0:1:1:1:1:1",
    );
  });
});

describe("counts and build-ups", () => {
  it("counts every state, zero included", () => {
    const counts = countByState(parseProcNetTcp(fixture("tcp.txt"), "tcp"));
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    expect(Object.keys(counts)).toHaveLength(11);
  });

  it("flags a closing state only once it reaches its threshold", () => {
    const counts = countByState([]);
    counts["CLOSE-WAIT"] = BUILD_UP_THRESHOLDS["CLOSE-WAIT"] - 1;
    counts["TIME-WAIT"] = BUILD_UP_THRESHOLDS["TIME-WAIT"];
    counts.ESTABLISHED = 100_000;
    expect(findBuildUps(counts)).toEqual([
      {
        state: "TIME-WAIT",
        count: BUILD_UP_THRESHOLDS["TIME-WAIT"],
        threshold: BUILD_UP_THRESHOLDS["TIME-WAIT"],
      },
    ]);
    counts["CLOSE-WAIT"] += 1;
    expect(findBuildUps(counts).map((b) => b.state)).toEqual(["CLOSE-WAIT", "TIME-WAIT"]);
  });
});
