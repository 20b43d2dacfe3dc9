import { describe, expect, it } from "vitest";
import { samplePayloads } from "@/lib/templates/payloads";
import { DERIVED_KEY_PREFIX, canonicalJson, effectiveDedupKey, thresholdSubject } from "./dedup";

const cpu = samplePayloads["monitoring.cpu-high"];
const disk = samplePayloads["monitoring.disk-low-low"];
const certificates = samplePayloads["certificates.expiration-alert-30d"];
const devices = samplePayloads["devices.connectivity-lost"];

describe("thresholdSubject", () => {
  it("is the host for resource alerts, whatever the reading", () => {
    expect(thresholdSubject(cpu)).toBe(`host:${cpu.host.name}`);
    expect(thresholdSubject({ ...cpu, usage: 99.9, observedAt: "2026-12-02T10:00:00Z" })).toBe(
      thresholdSubject(cpu),
    );
    expect(thresholdSubject({ ...cpu, host: { name: "other-host" } })).not.toBe(thresholdSubject(cpu));
  });

  it("adds the volume for disk alerts", () => {
    expect(thresholdSubject(disk)).toBe(`host:${disk.host.name}|volume:${disk.volume}`);
    expect(thresholdSubject({ ...disk, volume: "/other" })).not.toBe(thresholdSubject(disk));
  });

  it("is the set of certificates or devices listed, in any order", () => {
    const reversed = { ...certificates, certificates: [...certificates.certificates].reverse() };
    expect(thresholdSubject(reversed)).toBe(thresholdSubject(certificates));
    expect(thresholdSubject(certificates)).toMatch(/^certificates:/);
    const first = devices.devices[0]!;
    const one = { ...devices, devices: [first] };
    const two = { ...devices, devices: [first, { ...first, device: { name: "another-device" } }] };
    expect(thresholdSubject(one)).toMatch(/^devices:/);
    expect(thresholdSubject(two)).not.toBe(thresholdSubject(one));
  });

  it("falls back to the whole payload, key order aside", () => {
    expect(thresholdSubject({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(
      canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }),
    );
  });
});

describe("effectiveDedupKey", () => {
  it("keeps the caller's key for every kind", () => {
    expect(effectiveDedupKey("EVENT", "k-1", {})).toBe("k-1");
    expect(effectiveDedupKey("THRESHOLD_ALERT", "k-2", cpu)).toBe("k-2");
  });

  it("derives a key only for threshold alerts", () => {
    expect(effectiveDedupKey("EVENT", undefined, cpu)).toBeNull();
    expect(effectiveDedupKey("SCHEDULED_REPORT", undefined, cpu)).toBeNull();
    const derived = effectiveDedupKey("THRESHOLD_ALERT", undefined, cpu);
    expect(derived?.startsWith(DERIVED_KEY_PREFIX)).toBe(true);
    expect(effectiveDedupKey("THRESHOLD_ALERT", undefined, { ...cpu, usage: 12 })).toBe(derived);
  });
});
