import { describe, expect, it } from "vitest";
import { parseCatalogParams } from "@/lib/catalog/filters";
import { categories, notificationTypes } from "@/lib/catalog/definitions";
import {
  followUrl,
  formParams,
  formSearchString,
  initialFormState,
  recordNavigation,
  toFormValues,
  type FilterFormState,
} from "./filter-form-state";

const params = (search: string) => parseCatalogParams(new URLSearchParams(search));

function type(state: FilterFormState, q: string): FilterFormState {
  return { ...state, values: { ...state.values, q } };
}

function navigate(state: FilterFormState): [FilterFormState, string] {
  const search = formSearchString(state.values);
  return [recordNavigation(state, search), search];
}

describe("filter form state", () => {
  it("starts from the URL", () => {
    const state = initialFormState(params("q=cpu&severity=high&mandatory=false"));
    expect(state.values).toEqual({ q: "cpu", category: "", severity: "high", kind: "", mandatory: "false" });
    expect(state.synced).toBe("q=cpu&severity=high&mandatory=false");
  });

  it("keeps what was typed while its own earlier search arrives", () => {
    let state = initialFormState(params(""));
    const [navigated, search] = navigate(type(state, "exp"));
    expect(search).toBe("q=exp");
    state = navigated;
    state = type(state, "expiration ");
    state = followUrl(state, params(search)); // the page for "exp" arrives
    expect(state.values.q).toBe("expiration ");
    expect(state.pushed).toEqual([]);
    expect(state.resets).toBe(0);
  });

  it("skips echoes of superseded navigations", () => {
    let state = initialFormState(params(""));
    state = recordNavigation(state, "severity=high");
    state = recordNavigation(
      { ...state, values: { ...state.values, severity: "high", kind: "EVENT" } },
      "severity=high&kind=EVENT",
    );
    state = followUrl(state, params("severity=high&kind=EVENT"));
    expect(state.values.kind).toBe("EVENT");
    expect(state.pushed).toEqual([]);
    expect(state.resets).toBe(0);
  });

  it("follows the URL when something else changed it", () => {
    let state = initialFormState(params("q=cpu&severity=critical"));
    state = type(state, "cpu usage");
    state = followUrl(state, params("")); // "clear filters"
    expect(state.values).toEqual(toFormValues({ q: "" }));
    expect(state.resets).toBe(1);

    state = followUrl(state, params("category=devices")); // a category link
    expect(state.values.category).toBe("devices");
    expect(state.resets).toBe(2);
  });

  it("follows a later external change to a URL it once navigated to", () => {
    let state = initialFormState(params(""));
    state = recordNavigation(type(state, "cpu"), "q=cpu");
    state = followUrl(state, params("category=devices")); // external, drops the pending echo
    expect(state.pushed).toEqual([]);
    state = followUrl(state, params("q=cpu")); // back button
    expect(state.values.q).toBe("cpu");
    expect(state.values.category).toBe("");
  });

  it("does nothing when the URL has not changed", () => {
    const state = type(initialFormState(params("q=cpu")), "cpu ");
    expect(followUrl(state, params("q=cpu"))).toBe(state);
  });

  it("reads the controls as the server reads the same values from the URL", () => {
    const valuesList = [
      {
        q: "  cpu   usage ",
        category: categories[0]!.key,
        severity: "high",
        kind: "EVENT",
        mandatory: "true",
      },
      { q: "", category: "", severity: "", kind: "", mandatory: "" },
      {
        q: "x".repeat(250),
        category: "",
        severity: "low",
        kind: notificationTypes[0]!.kind,
        mandatory: "false",
      },
      { q: "é ção", category: "", severity: "nonsense", kind: "NOPE", mandatory: "maybe" },
    ];
    for (const values of valuesList) {
      expect(formParams(values)).toEqual(parseCatalogParams(values));
    }
  });
});
