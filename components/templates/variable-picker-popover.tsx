"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { VariableOption } from "@/lib/templates/queries";
import { VariablePickerButton } from "./variable-picker-button";

export interface VariablePickerProps {
  variables: VariableOption[];
  /** The field's label, for the button's accessible name. */
  field: string;
  onPick: (path: string) => void;
}

/**
 * The picker's popover (Radix's, with its positioning code), loaded by variable-picker.tsx on first use
 * and mounted open.
 */
export default function VariablePickerPopover({ variables, field, onPick }: VariablePickerProps) {
  const t = useTranslations("templates.texts");
  const [open, setOpen] = useState(true);
  const [query, setQuery] = useState("");
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return needle
      ? variables.filter((variable) => `${variable.label} ${variable.path}`.toLowerCase().includes(needle))
      : variables;
  }, [query, variables]);

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <VariablePickerButton field={field} />
      </PopoverTrigger>
      <PopoverContent align="end" className="grid w-80 gap-2 p-2">
        <Input
          aria-label={t("searchVariables")}
          placeholder={t("searchVariables")}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="h-8"
        />
        <ul className="grid max-h-72 gap-0.5 overflow-y-auto" aria-label={t("insertInto", { field })}>
          {shown.length === 0 ? (
            <li className="px-2 py-3 text-sm text-muted-foreground">{t("noVariables")}</li>
          ) : null}
          {shown.map((variable) => (
            <li key={variable.path}>
              <button
                type="button"
                onClick={() => {
                  onPick(variable.path);
                  setOpen(false);
                  setQuery("");
                }}
                className="grid w-full gap-0.5 rounded px-2 py-1.5 text-left hover:bg-accent focus-visible:bg-accent"
              >
                <span className="text-sm">{variable.label}</span>
                <code className="font-mono text-xs text-muted-foreground">{`{{${variable.path}}}`}</code>
              </button>
            </li>
          ))}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
