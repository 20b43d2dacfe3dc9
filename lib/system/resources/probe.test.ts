import { describe, expect, it } from "vitest";
import { cpuPercentBetween, parseMeminfo, parseProcStat } from "./probe";

describe("parseProcStat", () => {
  it("sums the aggregate line's first eight fields and counts idle + iowait as not busy", () => {
    const text = "cpu  100 0 50 800 50 0 0 0 20 0\ncpu0 50 0 25 400 25 0 0 0 10 0\nintr 1\n";
    expect(parseProcStat(text)).toEqual({ busy: 150, total: 1000 });
  });

  it("answers null without an aggregate line", () => {
    expect(parseProcStat("cpu0 1 2 3 4\n")).toBeNull();
  });
});

describe("cpuPercentBetween", () => {
  it("is the busy share of the time between two readings", () => {
    expect(cpuPercentBetween({ busy: 150, total: 1000 }, { busy: 450, total: 1400 })).toBe(75);
    expect(cpuPercentBetween({ busy: 1, total: 1 }, { busy: 1, total: 1 })).toBe(0);
  });
});

describe("parseMeminfo", () => {
  it("is (MemTotal − MemAvailable) / MemTotal", () => {
    const text = "MemTotal:       16000000 kB\nMemFree:         1000000 kB\nMemAvailable:    4000000 kB\n";
    expect(parseMeminfo(text)).toBe(75);
  });

  it("answers null when MemAvailable is missing", () => {
    expect(parseMeminfo("MemTotal: 1000 kB\n")).toBeNull();
  });
});
