"use client";

import { Activity, BookOpen, Contact, Link2, UserRound, UsersRound, type LucideIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { PaletteItem, PaletteKind } from "@/lib/search/palette/types";
import { cn } from "@/lib/utils";

const icons: Record<PaletteKind, LucideIcon> = {
  page: Link2,
  type: BookOpen,
  user: UserRound,
  group: UsersRound,
  contact: Contact,
  event: Activity,
};

/** The id of the listbox's option at `index` (what the input's aria-activedescendant names). */
export const optionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`;

interface Props {
  id: string;
  items: readonly PaletteItem[];
  activeIndex: number;
  onActivate: (index: number) => void;
  onChoose: (item: PaletteItem) => void;
}

/** The palette's listbox: options grouped by kind (items arrive grouped), the active one highlighted. */
export function PaletteResults({ id, items, activeIndex, onActivate, onChoose }: Props) {
  const t = useTranslations("palette");
  const format = useFormatter();
  const listRef = useRef<HTMLDivElement>(null);

  // The active option stays in view as the arrows move through a list taller than the box.
  useEffect(() => {
    listRef.current
      ?.querySelector(`#${CSS.escape(optionId(id, activeIndex))}`)
      ?.scrollIntoView({ block: "nearest" });
  }, [id, activeIndex]);

  const groups: { kind: PaletteKind; entries: { item: PaletteItem; index: number }[] }[] = [];
  items.forEach((item, index) => {
    const last = groups.at(-1);
    if (last?.kind === item.kind) last.entries.push({ item, index });
    else groups.push({ kind: item.kind, entries: [{ item, index }] });
  });

  return (
    <div
      ref={listRef}
      id={id}
      role="listbox"
      aria-label={t("resultsLabel")}
      className="max-h-[min(24rem,60dvh)] overflow-y-auto p-2"
      data-testid="palette-results"
    >
      {groups.map(({ kind, entries }) => {
        const headingId = `${id}-${kind}`;
        const Icon = icons[kind];
        return (
          <div key={kind} role="presentation" className="pb-1">
            <div
              id={headingId}
              aria-hidden
              className="px-2 pt-2 pb-1 text-xs font-medium text-muted-foreground"
            >
              {t(`kinds.${kind}`)}
            </div>
            <div role="group" aria-labelledby={headingId}>
              {entries.map(({ item, index }) => (
                <div
                  key={`${item.kind}:${item.id}`}
                  id={optionId(id, index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  onPointerMove={() => index !== activeIndex && onActivate(index)}
                  onClick={() => onChoose(item)}
                  className={cn(
                    "flex cursor-pointer items-center gap-3 rounded-md px-2 py-2 text-sm",
                    index === activeIndex && "bg-accent text-accent-foreground",
                  )}
                >
                  <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                  <span className="grid min-w-0 flex-1">
                    <span className="truncate">{item.label}</span>
                    {item.detail || item.at ? (
                      <span className="truncate text-xs text-muted-foreground">
                        {[
                          item.detail,
                          item.at
                            ? format.dateTime(new Date(item.at), { dateStyle: "short", timeStyle: "short" })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </span>
                    ) : null}
                  </span>
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
