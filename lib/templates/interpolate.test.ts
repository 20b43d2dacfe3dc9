import { describe, expect, it } from "vitest";
import { copyFor } from "./copy";
import { variablesOf } from "./fields";
import { formatterFor } from "./format";
import { hasStrayBraces, interpolate, singleLine, unknownVariables, variablesIn } from "./interpolate";
import { payloadSchemas, samplePayloads } from "./payloads";

const schema = payloadSchemas["monitoring.cpu-critical"];
const payload = samplePayloads["monitoring.cpu-critical"];

function context(locale: "en" | "pt-BR", timeZone = "America/Sao_Paulo", data: unknown = payload) {
  return {
    schema,
    payload: data,
    copy: copyFor(locale),
    format: formatterFor(locale, timeZone),
    recipientName: "Ana",
  };
}

describe("interpolate", () => {
  it("formats numbers, percentages, durations and dates in the reader's locale and time zone", () => {
    const text = "{{host.name}} {{usage}} {{sustainedFor}} {{observedAt}} {{topProcesses.count}}";
    expect(interpolate(text, context("en"))).toBe("pam-node-01 96.4% 12 min Nov 24, 2026, 11:03 AM GMT-3 3");
    expect(interpolate(text, context("pt-BR"))).toBe(
      "pam-node-01 96,4% 12 min 24 de nov. de 2026, 11:03 BRT 3",
    );
    expect(interpolate("{{observedAt}}", context("en", "Asia/Singapore"))).toBe(
      "Nov 24, 2026, 10:03 PM GMT+8",
    );
  });

  it("translates enum values and booleans", () => {
    const blocked = { ...samplePayloads["user-behavior.unauthorized-geoip-login"] };
    const geo = {
      ...context("pt-BR"),
      schema: payloadSchemas["user-behavior.unauthorized-geoip-login"],
      payload: blocked,
    };
    expect(interpolate("{{blocked}} / {{allowedCountries.count}}", geo)).toBe("Sim / 3");
    const auth = {
      ...context("en"),
      schema: payloadSchemas["authentication.authentication-messages"],
      payload: samplePayloads["authentication.authentication-messages"],
    };
    expect(interpolate("{{outcome}} via {{method}}", auth)).toBe("failed via multi-factor");
  });

  it("renders missing values and unknown variables as empty strings, never 'undefined'", () => {
    const withoutProcesses = { ...payload, topProcesses: undefined, host: { name: "pam-node-01" } };
    const text = interpolate(
      "[{{host.address}}][{{topProcesses.count}}][{{nope.nothing}}]",
      context("en", "UTC", withoutProcesses),
    );
    expect(text).toBe("[][][]");
  });

  it("fills the recipient's name and tolerates spaces inside the braces", () => {
    expect(interpolate("Hi {{ recipient.name }}, {{ host.name }}", context("en"))).toBe(
      "Hi Ana, pam-node-01",
    );
  });

  it("leaves the text as plain text (escaping is the renderer's job)", () => {
    const nasty = { ...payload, host: { name: "<b>&x</b>" } };
    expect(interpolate("{{host.name}}", context("en", "UTC", nasty))).toBe("<b>&x</b>");
  });
});

describe("variable checks", () => {
  it("lists the variables of a text and the unknown ones", () => {
    expect(variablesIn("{{a.b}} and {{ a.b }} and {{c}}")).toEqual(["a.b", "c"]);
    expect(
      unknownVariables("{{host.name}} {{recipient.name}} {{host.nope}} {{usage}} {{cpu}}", schema),
    ).toEqual(["host.nope", "cpu"]);
  });

  it("finds stray braces", () => {
    expect(hasStrayBraces("{{host.name}} ok")).toBe(false);
    expect(hasStrayBraces("{{host name}}")).toBe(true);
    expect(hasStrayBraces("{{host.name")).toBe(true);
    expect(hasStrayBraces("host}}")).toBe(true);
  });

  it("derives the variable list from the schema: scalar leaves, array counts, no links", () => {
    const paths = variablesOf(payloadSchemas["access-control.request-created"]).map(
      (variable) => variable.path,
    );
    expect(paths).toContain("request.requester.name");
    expect(paths).toContain("request.window.from");
    expect(paths).toContain("request.approvers.count");
    expect(paths).not.toContain("approveUrl");
    expect(paths.some((path) => path.startsWith("request.approvers.0"))).toBe(false);
  });

  it("makes subjects one line", () => {
    expect(singleLine(" a\r\n  b\tc ")).toBe("a b c");
  });
});

describe("formatter", () => {
  it("formats durations with the two largest units", () => {
    const en = formatterFor("en", "UTC");
    expect(en.duration(0)).toBe("0 sec");
    expect(en.duration(3104)).toBe("51 min 44 sec");
    expect(en.duration(19_800)).toBe("5 hr 30 min");
    expect(formatterFor("pt-BR", "UTC").duration(2 * 86_400 + 3_600)).toBe("2 dias 1 h");
  });

  it("formats sizes and counts calendar days in the time zone", () => {
    expect(formatterFor("pt-BR", "UTC").bytes(734_003_200)).toBe("700 MB");
    const saoPaulo = formatterFor("en", "America/Sao_Paulo");
    // 01:00 UTC on the 25th is still the 24th in São Paulo.
    expect(saoPaulo.calendarDays("2026-11-24T12:00:00Z", "2026-11-25T01:00:00Z")).toBe(0);
    expect(formatterFor("en", "UTC").calendarDays("2026-11-24T12:00:00Z", "2026-11-25T01:00:00Z")).toBe(1);
  });

  it("falls back to UTC on an unknown time zone instead of failing the send", () => {
    expect(formatterFor("en", "Mars/Olympus").timeZone).toBe("UTC");
  });
});
