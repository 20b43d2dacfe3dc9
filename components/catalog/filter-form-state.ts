// The catalog filter form's state, kept apart from React so its one subtle rule is unit-tested: when
// the URL changes, the form follows it unless the change is the echo of the form's own navigation
// (then what was typed meanwhile stays). Pure module, used by the client component.
import { catalogSearchString, normalizeCatalogQuery, type CatalogParams } from "@/lib/catalog/search-params";
import { notificationKinds, severities, type NotificationKind, type Severity } from "@/lib/catalog/types";

export type FormValues = { q: string; category: string; severity: string; kind: string; mandatory: string };

export interface FilterFormState {
  /** What the controls show (may run ahead of the URL while typing). */
  values: FormValues;
  /** The query string the form last reconciled with. */
  synced: string;
  /** Query strings the form navigated to whose page has not arrived yet, oldest first. */
  pushed: string[];
  /** Bumped whenever the URL changed under the form, so a pending debounced search is dropped. */
  resets: number;
}

export function toFormValues(params: CatalogParams): FormValues {
  return {
    q: params.q,
    category: params.category ?? "",
    severity: params.severity ?? "",
    kind: params.kind ?? "",
    mandatory: params.mandatory === undefined ? "" : String(params.mandatory),
  };
}

const isSeverity = (value: string): value is Severity => (severities as readonly string[]).includes(value);
const isKind = (value: string): value is NotificationKind =>
  (notificationKinds as readonly string[]).includes(value);

/**
 * What the controls show, as parameters: what the server's parseCatalogParams makes of the same values
 * (a unit test holds them together), without zod in the browser. The controls offer only valid
 * choices; the server parses the URL again anyway.
 */
export function formParams(values: FormValues): CatalogParams {
  const params: CatalogParams = { q: normalizeCatalogQuery(values.q) };
  if (values.category) params.category = values.category;
  if (isSeverity(values.severity)) params.severity = values.severity;
  if (isKind(values.kind)) params.kind = values.kind;
  if (values.mandatory === "true" || values.mandatory === "false")
    params.mandatory = values.mandatory === "true";
  return params;
}

/** The canonical query string for what the controls show. */
export function formSearchString(values: FormValues): string {
  return catalogSearchString(formParams(values));
}

export function initialFormState(params: CatalogParams): FilterFormState {
  return { values: toFormValues(params), synced: catalogSearchString(params), pushed: [], resets: 0 };
}

/** The page now shows `params`: follow it, unless it is the echo of one of the form's navigations. */
export function followUrl(state: FilterFormState, params: CatalogParams): FilterFormState {
  const current = catalogSearchString(params);
  if (current === state.synced) return state;
  const echo = state.pushed.indexOf(current);
  if (echo >= 0) return { ...state, synced: current, pushed: state.pushed.slice(echo + 1) };
  return { values: toFormValues(params), synced: current, pushed: [], resets: state.resets + 1 };
}

/** The form navigated to `search`. */
export function recordNavigation(state: FilterFormState, search: string): FilterFormState {
  return { ...state, pushed: [...state.pushed, search] };
}
