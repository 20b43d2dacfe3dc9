import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeServiceState,
  describeTcpState,
  isServiceState,
  isTcpState,
  parseLinuxTcpState,
  serviceStates,
  serviceStateValues,
  tcpStates,
  tcpStateValues,
  type TcpState,
} from "./values";
import { ptBRSystemValues } from "./translations/pt-BR";

const SEED = path.resolve(process.cwd(), "../shared/seed/000_68f2a1d80c36b5ca.txt");
const knownValues: readonly string[] = [...tcpStateValues, ...serviceStateValues];

/**
 * Appendix I of the manual: after the "ReturnDescription" header, one line per value with the value
 * glued to its description ("LISTENWaiting for…"). Each line is split after the longest known value
 * it starts with (so "CLOSE-WAIT…" is not read as "CLOSE…", nor "CLOSEDIt…" as anything else).
 */
function parseAppendixI(text: string): { value: string; description: string }[] {
  const section = text.slice(text.indexOf("Appendix I:"), text.indexOf("Appendix II:"));
  const lines = section
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const rows = lines.slice(lines.indexOf("ReturnDescription") + 1);
  return rows.map((line) => {
    const value = knownValues.filter((v) => line.startsWith(v)).sort((a, b) => b.length - a.length)[0];
    if (!value) throw new Error(`Appendix I line with no known value: ${line}`);
    return { value, description: line.slice(value.length).trim() };
  });
}

describe("Appendix I values", () => {
  const seed = parseAppendixI(readFileSync(SEED, "utf8"));

  it("reads 14 values from the seed, each glued to a capitalised description", () => {
    expect(seed).toHaveLength(14);
    for (const row of seed) expect(row.description).toMatch(/^[A-Z]/);
  });

  it("defines the manual's TCP and service states, in order, with its English descriptions", () => {
    expect([...tcpStates, ...serviceStates]).toEqual(seed);
    expect(tcpStates.map((s) => s.value)).toEqual([...tcpStateValues]);
    expect(serviceStates.map((s) => s.value)).toEqual([...serviceStateValues]);
  });

  it("describes each value in English and in pt-BR", () => {
    for (const { value, description } of tcpStates) {
      expect(describeTcpState(value, "en")).toBe(description);
      expect(describeTcpState(value, "pt-BR")).toBe(ptBRSystemValues.tcpStates[value]);
      expect(describeTcpState(value, "pt-BR")).not.toBe(description);
    }
    for (const { value, description } of serviceStates) {
      expect(describeServiceState(value, "en")).toBe(description);
      expect(describeServiceState(value, "pt-BR")).toBe(ptBRSystemValues.serviceStates[value]);
    }
    expect(describeServiceState("ACTIVE", "pt-BR")).toBe("O serviço está em operação.");
  });

  it("has pt-BR descriptions for exactly the known values", () => {
    expect(Object.keys(ptBRSystemValues.tcpStates).sort()).toEqual([...tcpStateValues].sort());
    expect(Object.keys(ptBRSystemValues.serviceStates).sort()).toEqual([...serviceStateValues].sort());
  });

  it("recognises its values", () => {
    expect(isTcpState("TIME-WAIT")).toBe(true);
    expect(isTcpState("TIME_WAIT")).toBe(false);
    expect(isTcpState("ACTIVE")).toBe(false);
    expect(isServiceState("DISABLED")).toBe(true);
    expect(isServiceState(undefined)).toBe(false);
  });
});

describe("parseLinuxTcpState", () => {
  const kernel: [string, TcpState][] = [
    ["01", "ESTABLISHED"],
    ["02", "SYN-SENT"],
    ["03", "SYN-RECEIVED"],
    ["04", "FIN-WAIT-1"],
    ["05", "FIN-WAIT-2"],
    ["06", "TIME-WAIT"],
    ["07", "CLOSED"],
    ["08", "CLOSE-WAIT"],
    ["09", "LAST-ACK"],
    ["0A", "LISTEN"],
    ["0B", "CLOSING"],
  ];

  it.each(kernel)("maps %s to %s", (hex, state) => {
    expect(parseLinuxTcpState(hex)).toBe(state);
  });

  it("covers every TCP state of the manual", () => {
    expect(new Set(kernel.map(([, state]) => state))).toEqual(new Set(tcpStateValues));
  });

  it("accepts lower case, a single digit, a 0x prefix and surrounding whitespace", () => {
    expect(parseLinuxTcpState("0a")).toBe("LISTEN");
    expect(parseLinuxTcpState("A")).toBe("LISTEN");
    expect(parseLinuxTcpState("1")).toBe("ESTABLISHED");
    expect(parseLinuxTcpState("0x0B")).toBe("CLOSING");
    expect(parseLinuxTcpState(" 06 ")).toBe("TIME-WAIT");
  });

  it("reads the st column of a /proc/net/tcp line", () => {
    const line =
      "   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 12345 1";
    expect(parseLinuxTcpState(line.trim().split(/\s+/)[3]!)).toBe("LISTEN");
  });

  it("rejects unknown codes", () => {
    for (const bad of ["00", "0C", "0D", "FF", "100", "", "ZZ", "LISTEN", "-1"]) {
      expect(() => parseLinuxTcpState(bad), bad).toThrow(RangeError);
    }
  });
});
