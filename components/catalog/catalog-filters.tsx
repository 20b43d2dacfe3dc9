"use client";

import { Search } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useTranslations } from "next-intl";
import { FilterField, SelectFilter } from "@/components/shell/filter-fields";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import {
  CATALOG_QUERY_MAX_LENGTH,
  catalogHref,
  catalogSearchString,
  hasActiveFilters,
  type CatalogParams,
} from "@/lib/catalog/search-params";
import { notificationKinds } from "@/lib/catalog/types";
import {
  followUrl,
  formParams,
  initialFormState,
  recordNavigation,
  type FormValues,
} from "./filter-form-state";
import { SeverityFilter } from "./severity-filter";

export interface CategoryOption {
  key: string;
  name: string;
}

const SEARCH_DEBOUNCE_MS = 300;

const noSubscription = () => () => {};

/**
 * The catalog's search and filters: a GET form that works without JavaScript, enhanced to update the
 * URL as you type (debounced) or pick, with router.replace, so results stay linkable and server-rendered.
 */
export function CatalogFilters({
  params,
  categories,
}: {
  params: CatalogParams;
  categories: CategoryOption[];
}) {
  const t = useTranslations("catalog.filters");
  const tKind = useTranslations("common.kind");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // False on the server and during hydration, true once the form is interactive.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const [state, setState] = useState(() => initialFormState(params));
  const { values } = state;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const searchField = useRef<HTMLInputElement>(null);

  // Follow the URL when something else changed it (a category link, "clear filters", back and forward).
  const followed = followUrl(state, params);
  if (followed !== state) setState(followed);

  // A search still waiting for its debounce must not undo a navigation made meanwhile.
  useEffect(() => {
    const pendingSearch = timer;
    return () => clearTimeout(pendingSearch.current);
  }, [state.resets]);

  function navigate(next: FormValues, delay: number) {
    clearTimeout(timer.current);
    const go = () => {
      const nextParams = formParams(next);
      setState((previous) => recordNavigation(previous, catalogSearchString(nextParams)));
      startTransition(() => router.replace(catalogHref(nextParams) as Route, { scroll: false }));
    };
    if (delay > 0) timer.current = setTimeout(go, delay);
    else go();
  }

  function change(field: keyof FormValues, value: string, delay = 0) {
    const next = { ...values, [field]: value };
    setState((previous) => ({ ...previous, values: next }));
    navigate(next, delay);
  }

  return (
    <form
      action="/catalog"
      method="get"
      role="search"
      aria-label={t("label")}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(values, 0);
      }}
      className="grid gap-4 rounded-lg border bg-card p-4 text-card-foreground"
    >
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_16rem]">
        <FilterField id="catalog-q" label={t("search")}>
          <div className="relative">
            <Search
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
            />
            <Input
              ref={searchField}
              id="catalog-q"
              name="q"
              type="search"
              value={values.q}
              onChange={(event) => change("q", event.target.value, SEARCH_DEBOUNCE_MS)}
              placeholder={t("searchPlaceholder")}
              maxLength={CATALOG_QUERY_MAX_LENGTH}
              autoComplete="off"
              spellCheck={false}
              className="pr-9 pl-9"
            />
            {pending ? (
              <Spinner
                label={t("updating")}
                className="absolute top-1/2 right-3 -translate-y-1/2 text-muted-foreground"
              />
            ) : null}
          </div>
        </FilterField>
        <SelectFilter
          id="catalog-category"
          name="category"
          label={t("category")}
          anyLabel={t("allCategories")}
          options={categories.map((category) => ({ value: category.key, label: category.name }))}
          value={values.category}
          onChange={(event) => change("category", event.target.value)}
        />
      </div>

      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        <SeverityFilter value={values.severity} onChange={(value) => change("severity", value)} />
        <SelectFilter
          id="catalog-kind"
          name="kind"
          label={t("kind")}
          anyLabel={t("allKinds")}
          options={notificationKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
          value={values.kind}
          onChange={(event) => change("kind", event.target.value)}
          className="w-full sm:w-48"
        />
        <SelectFilter
          id="catalog-mandatory"
          name="mandatory"
          label={t("mandatory")}
          anyLabel={t("allTypes")}
          options={[
            { value: "true", label: t("mandatoryOnly") },
            { value: "false", label: t("optionalOnly") },
          ]}
          value={values.mandatory}
          onChange={(event) => change("mandatory", event.target.value)}
          className="w-full sm:w-48"
        />
        <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
          {enhanced ? null : <Button type="submit">{t("apply")}</Button>}
          {hasActiveFilters(params) ? (
            <Button asChild variant="ghost">
              {/* The link goes away with the filters it clears: the focus moves to the search first,
                  where a person starts over, instead of falling to the page's body. */}
              <Link href="/catalog" onClick={() => searchField.current?.focus()}>
                {t("clear")}
              </Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
