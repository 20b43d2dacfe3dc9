import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateRangeFilter, FilterActions, FilterForm, SearchFilter, SelectFilter } from "./filter-fields";

describe("SelectFilter", () => {
  it("labels the select, offers 'any' first and selects the current value", () => {
    const html = renderToString(
      <SelectFilter
        id="f-status"
        name="status"
        label="Status"
        anyLabel="Any status"
        options={[
          { value: "SENT", label: "Sent" },
          { value: "FAILED", label: "Failed" },
        ]}
        defaultValue="FAILED"
      />,
    );
    expect(html).toMatch(/<label[^>]*for="f-status"[^>]*>Status<\/label>/);
    expect(html).toMatch(
      /<select[^>]*id="f-status"[^>]*name="status"|<select[^>]*name="status"[^>]*id="f-status"/,
    );
    const options = [...html.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([
      ["", "Any status"],
      ["SENT", "Sent"],
      ["FAILED", "Failed"],
    ]);
    expect(html).toMatch(/<option[^>]*value="FAILED"[^>]*selected=""/);
  });
});

describe("DateRangeFilter", () => {
  it("names the dates from and to, each bounding the other", () => {
    const html = renderToString(
      <DateRangeFilter idPrefix="h" labels={{ from: "From", to: "To" }} from="2026-11-01" to="2026-11-30" />,
    );
    expect(html).toMatch(/<label[^>]*for="h-from"[^>]*>From</);
    expect(html).toMatch(/<label[^>]*for="h-to"[^>]*>To</);
    const input = (id: string) => html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? "";
    expect(input("h-from")).toMatch(/name="from"/);
    expect(input("h-from")).toMatch(/max="2026-11-30"/);
    expect(input("h-from")).toMatch(/value="2026-11-01"/);
    expect(input("h-to")).toMatch(/name="to"/);
    expect(input("h-to")).toMatch(/min="2026-11-01"/);
    expect(input("h-to")).toMatch(/value="2026-11-30"/);
  });
});

describe("SearchFilter", () => {
  it("is a labelled search box carrying the input's own props, then its children", () => {
    const html = renderToString(
      <SearchFilter
        id="f-action"
        name="action"
        label="Action"
        defaultValue="user.create"
        maxLength={100}
        inputClassName="font-mono"
        list="f-action-options"
      >
        <datalist id="f-action-options" />
      </SearchFilter>,
    );
    expect(html).toMatch(/<label[^>]*for="f-action"[^>]*>Action<\/label>/);
    const input = html.match(/<input[^>]*>/)?.[0] ?? "";
    expect(input).toMatch(/type="search"/);
    expect(input).toMatch(/name="action"/);
    expect(input).toMatch(/value="user.create"/);
    expect(input).toMatch(/maxLength="100"/);
    expect(input).toMatch(/list="f-action-options"/);
    expect(input).toMatch(/class="[^"]*font-mono/);
    expect(html.indexOf("<datalist")).toBeGreaterThan(html.indexOf("<input"));
  });
});

describe("FilterActions", () => {
  it("submits with Apply and links Clear to the unfiltered list", () => {
    const html = renderToString(
      <FilterActions labels={{ apply: "Apply", clear: "Clear" }} clearHref="/audit" />,
    );
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Apply<\/button>/);
    expect(html).toMatch(/<a[^>]*href="\/audit"[^>]*>Clear<\/a>/);
  });
});

describe("FilterForm", () => {
  it("is a named GET search form on a card, posting to the list", () => {
    const html = renderToString(
      <FilterForm action="/history" label="Filter deliveries" className="grid lg:grid-cols-4">
        <input name="q" />
      </FilterForm>,
    );
    const form = html.match(/<form[^>]*>/)?.[0] ?? "";
    expect(form).toMatch(/action="\/history"/);
    expect(form).toMatch(/role="search"/);
    expect(form).toMatch(/aria-label="Filter deliveries"/);
    expect(form).not.toMatch(/method="post"/i);
    for (const name of ["grid", "lg:grid-cols-4", "gap-3", "rounded-xl", "border", "bg-card", "p-4"])
      expect(form.match(/class="([^"]*)"/)?.[1]?.split(" ")).toContain(name);
  });
});
