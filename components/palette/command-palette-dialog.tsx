"use client";

import { Search } from "lucide-react";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type KeyboardEvent, type RefObject } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import type { PaletteItem } from "@/lib/search/palette/types";
import { optionId, PaletteResults } from "./palette-results";
import { usePaletteSearch } from "./use-palette-search";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Focused again when the palette closes (Radix would focus its own trigger, which it has none of). */
  returnFocus: RefObject<HTMLElement | null>;
  /** What was typed since the palette opened, before its input had focus (once: then it is ""). */
  takeTypedAhead: () => string;
}

/**
 * The command palette: a modal dialog (focus trapped, Escape closes) holding a combobox whose listbox
 * shows the destinations (ARIA 1.2 combobox pattern: focus stays in the input, the active option is
 * `aria-activedescendant`). Loaded on first open (command-palette.tsx).
 */
export default function CommandPaletteDialog({ open, onOpenChange, returnFocus, takeTypedAhead }: Props) {
  const t = useTranslations("palette");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={t("close")}
        className="top-[10dvh] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-xl"
        data-testid="command-palette"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (returnFocus.current?.isConnected) returnFocus.current.focus();
        }}
      >
        <DialogTitle className="sr-only">{t("title")}</DialogTitle>
        <DialogDescription className="sr-only">{t("description")}</DialogDescription>
        <PaletteSearch onNavigate={() => onOpenChange(false)} takeTypedAhead={takeTypedAhead} />
      </DialogContent>
    </Dialog>
  );
}

/** The input and its results; mounted while the dialog is open, so each opening starts afresh. */
function PaletteSearch({
  onNavigate,
  takeTypedAhead,
}: {
  onNavigate: () => void;
  takeTypedAhead: () => string;
}) {
  const t = useTranslations("palette");
  const router = useRouter();
  const listboxId = useId();
  const [text, setText] = useState("");
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { data, isError, settled } = usePaletteSearch(text);
  const items = data?.items ?? [];
  const keyOf = (item: PaletteItem) => `${item.kind}:${item.id}`;
  const found = items.findIndex((item) => keyOf(item) === activeKey);
  const activeIndex = found >= 0 ? found : 0;
  const active = items[activeIndex];

  const go = (item: PaletteItem) => {
    onNavigate();
    router.push(item.href as Route);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || items.length === 0) return;
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = items[(activeIndex + step + items.length) % items.length];
      if (next) setActiveKey(keyOf(next));
    } else if (event.key === "Enter" && active) {
      event.preventDefault();
      go(active);
    }
  };

  const status = isError
    ? t("failed")
    : !settled
      ? t("searching")
      : items.length === 0 && text.trim()
        ? t("noMatches", { query: text.trim() })
        : t("count", { count: items.length });

  return (
    <>
      <div className="flex items-center gap-2 border-b px-4 pr-12">
        <Search aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <input
          role="combobox"
          aria-label={t("inputLabel")}
          aria-autocomplete="list"
          aria-expanded={items.length > 0}
          aria-controls={items.length > 0 ? listboxId : undefined}
          aria-activedescendant={active ? optionId(listboxId, activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("placeholder")}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveKey(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            // From now on keys reach the input itself; what came before it had focus goes first.
            const typed = takeTypedAhead();
            if (typed) setText((current) => typed + current);
          }}
          className="h-12 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-muted-foreground sm:text-sm"
          data-testid="palette-input"
        />
      </div>
      {items.length > 0 ? (
        <PaletteResults
          id={listboxId}
          items={items}
          activeIndex={activeIndex}
          onActivate={(index) => setActiveKey(keyOf(items[index]!))}
          onChoose={go}
        />
      ) : null}
      <div className="flex items-center justify-between gap-4 border-t px-4 py-2 text-xs text-muted-foreground">
        <p role="status" aria-live="polite" aria-atomic="true" data-testid="palette-status">
          {status}
        </p>
        <p aria-hidden className="hidden sm:block">
          {t("hints")}
        </p>
      </div>
    </>
  );
}
