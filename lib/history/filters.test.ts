import { describe, expect, it } from "vitest";
import {
  historyHref,
  parseHistorySearchParams,
  strictFilterInput,
  strictHistoryFiltersSchema,
} from "./filters";

const EVENT = "0B6F6A4E-1C2D-4E5F-8A9B-0C1D2E3F4A5B";
const strict = (query: string) =>
  strictHistoryFiltersSchema.safeParse(strictFilterInput(new URLSearchParams(query)));
const failedFields = (query: string) => {
  const parsed = strict(query);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]);
};

describe("history filters, as the page reads them", () => {
  it("keeps several statuses in the enum's order, once each, and drops unknown ones", () => {
    const { filters } = parseHistorySearchParams({ status: ["COMPLAINED", "BOGUS", "FAILED", "FAILED"] });
    expect(filters.status).toEqual(["COMPLAINED", "FAILED"]);
    expect(parseHistorySearchParams({ status: "BOGUS" }).filters.status).toBeUndefined();
    expect(parseHistorySearchParams({ status: "SENT" }).filters.status).toEqual(["SENT"]);
  });

  it("reads due=now and drops any other value", () => {
    expect(parseHistorySearchParams({ due: "now" }).filters.due).toBe("now");
    expect(parseHistorySearchParams({ due: "later" }).filters.due).toBeUndefined();
  });

  it("trims a pasted event id before checking it, and reports one that is not an id", () => {
    const pasted = parseHistorySearchParams({ event: `  ${EVENT}\n` });
    expect(pasted.filters.event).toBe(EVENT.toLowerCase());
    expect(pasted.invalidEvent).toBeNull();
    const cut = parseHistorySearchParams({ event: ` ${EVENT.slice(0, 35)}` });
    expect(cut.filters.event).toBeUndefined();
    expect(cut.invalidEvent).toBe(EVENT.slice(0, 35));
    expect(parseHistorySearchParams({ event: "" }).invalidEvent).toBeNull();
  });

  it("stays tolerant: an unreadable day or type is dropped, not an error", () => {
    const { filters } = parseHistorySearchParams({ from: "2026-13-45", type: "nope", to: "2026-01-31" });
    expect(filters).toMatchObject({ from: undefined, type: undefined, to: "2026-01-31" });
  });
});

describe("history filters, as the export reads them", () => {
  it("accepts what the page's links carry", () => {
    const href = historyHref("/x", {
      status: ["FAILED", "BOUNCED", "COMPLAINED"],
      from: "2026-01-01",
      to: "2026-01-30",
      due: "now",
      event: EVENT.toLowerCase(),
    });
    const parsed = strict(href.slice(href.indexOf("?") + 1));
    expect(parsed.success && parsed.data).toMatchObject({
      status: ["BOUNCED", "COMPLAINED", "FAILED"],
      from: "2026-01-01",
      to: "2026-01-30",
      due: "now",
    });
    expect(strict("status=&type=&from=").success).toBe(true);
  });

  it("refuses each unreadable filter by name instead of dropping it", () => {
    expect(failedFields("status=BOGUS")).toEqual(["status"]);
    expect(failedFields("status=FAILED&status=BOGUS")).toEqual(["status"]);
    expect(failedFields("from=2026-13-45")).toEqual(["from"]);
    expect(failedFields("to=yesterday")).toEqual(["to"]);
    expect(failedFields("event=not-an-id")).toEqual(["event"]);
    expect(failedFields("type=nope&category=nope")).toEqual(["type", "category"]);
    expect(failedFields("due=later")).toEqual(["due"]);
    expect(failedFields(`recipient=${"a".repeat(321)}`)).toEqual(["recipient"]);
    expect(failedFields("from=2026-02-01&to=2026-01-01")).toEqual(["to"]);
  });

  it("refuses a single-valued filter given twice rather than picking one", () => {
    expect(failedFields("from=2026-01-01&from=2026-02-01")).toEqual(["from"]);
  });
});
