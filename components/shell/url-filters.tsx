"use client";

import { X } from "lucide-react";
import { Fragment, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { SearchBox } from "@/components/ui/search-box";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useListParams } from "./use-list-params";

export interface UrlSelect {
  /** The search param it sets. */
  name: string;
  /** Accessible name (the select shows its value, so the label is for screen readers). */
  label: string;
  /** The first option, value "", means "any". */
  options: { value: string; label: string }[];
}

interface UrlFiltersProps {
  /** Prefix of the controls' ids: `${id}-search`, `${id}-${select.name}`. */
  id: string;
  searchLabel: string;
  searchPlaceholder: string;
  selects?: UrlSelect[];
}

/**
 * A list page's filters, kept in its URL (`q` and one param per select): typing searches once it
 * pauses, a select applies at once, "Clear filters" appears while any is set, a spinner while the
 * page re-renders.
 */
export function UrlFilters({ id, searchLabel, searchPlaceholder, selects = [] }: UrlFiltersProps) {
  const tc = useTranslations("common");
  const { searchParams, update, pending } = useListParams();
  const q = searchParams.get("q") ?? "";
  const value = (name: string) => searchParams.get(name) ?? "";
  const filtered = Boolean(q) || selects.some((select) => value(select.name));
  const searchField = useRef<HTMLInputElement>(null);

  return (
    <div role="search" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
      <SearchBox
        id={`${id}-search`}
        label={searchLabel}
        placeholder={searchPlaceholder}
        value={q}
        onSearch={(next) => update({ q: next })}
        inputRef={searchField}
      />
      {selects.length > 0 ? (
        <div className="flex items-center gap-2">
          {selects.map((select) => (
            <Fragment key={select.name}>
              <Label htmlFor={`${id}-${select.name}`} className="sr-only">
                {select.label}
              </Label>
              <NativeSelect
                id={`${id}-${select.name}`}
                value={value(select.name)}
                onChange={(event) => update({ [select.name]: event.target.value })}
                className="w-40"
              >
                {select.options.map((option) => (
                  <NativeSelectOption key={option.value} value={option.value}>
                    {option.label}
                  </NativeSelectOption>
                ))}
              </NativeSelect>
            </Fragment>
          ))}
        </div>
      ) : null}
      <div className="flex items-center gap-2">
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              update(
                Object.fromEntries(
                  ["q", ...selects.map((select) => select.name)].map((key) => [key, undefined]),
                ),
              );
              // This button goes away with the filters: the focus moves to the search, not the body.
              searchField.current?.focus();
            }}
          >
            <X aria-hidden />
            {tc("clearFilters")}
          </Button>
        ) : null}
        {pending ? <Spinner label={tc("loading")} className="text-muted-foreground" /> : null}
      </div>
    </div>
  );
}
