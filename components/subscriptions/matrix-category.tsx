"use client";

import { ChevronRight } from "lucide-react";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { MandatoryLock } from "@/components/catalog/mandatory-lock";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { Switch } from "@/components/ui/switch";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import type { SubscriptionIndex } from "@/lib/subscriptions/matrix-state";
import type { DeliveryMode, PreferenceEntry, Target } from "@/lib/subscriptions/types";
import { cn } from "@/lib/utils";
import { CategoryOffConfirm, type GroupAudience } from "./category-off-confirm";
import { ModeSelect } from "./mode-select";

export interface MatrixHandlers {
  /** Saves in the background; the matrix's save status tells how it went. */
  toggle: (target: Target, subscribed: boolean, mode: DeliveryMode) => void;
  mute: (typeKey: string, muted: boolean) => void;
  /** Saves and rejects on failure, for a confirm dialog to show why. */
  save: (target: Target, subscribed: boolean, mode: DeliveryMode) => Promise<void>;
}

interface Props {
  category: CatalogCategoryView;
  /** The types to list (the filter may hide some). */
  types: CatalogCategoryView["types"];
  index: SubscriptionIndex;
  preferences: Map<string, PreferenceEntry> | null;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  canEdit: boolean;
  handlers: MatrixHandlers;
  /** The level of the category headings: one below the heading the matrix sits under. */
  headingLevel: 2 | 3;
  /** Set for a group: turning the whole category off then asks first. */
  audience?: GroupAudience;
}

/** One category of the matrix: its "all of" switch, and (expanded) a row per type. */
export function MatrixCategory({
  category,
  types,
  index,
  preferences,
  expanded,
  onExpandedChange,
  canEdit,
  handlers,
  headingLevel,
  audience,
}: Props) {
  const t = useTranslations("subscriptions.matrix");
  const tc = useTranslations("common");
  const tm = useTranslations("subscriptions.mode");
  const categoryMode = index.categories.get(category.key);
  const wholeCategory = categoryMode !== undefined;
  const typesOn = category.types.filter((type) => wholeCategory || index.types.has(type.key)).length;
  const regionId = `matrix-${category.key}`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const wholeSwitch = useRef<HTMLButtonElement>(null);
  const [confirmingOff, setConfirmingOff] = useState(false);
  const categoryTarget = { categoryKey: category.key };

  function onWholeChange(checked: boolean) {
    // A group's switch changes every member's mail: turning it off asks first, turning it on does not.
    if (!checked && audience) setConfirmingOff(true);
    else handlers.toggle(categoryTarget, checked, categoryMode ?? "IMMEDIATE");
  }

  return (
    <section
      aria-labelledby={`${regionId}-title`}
      className="rounded-lg border bg-card"
      data-testid={`matrix-category-${category.key}`}
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2.5">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={regionId}
          aria-label={t(expanded ? "hideTypes" : "showTypes", { category: category.name })}
          onClick={() => onExpandedChange(!expanded)}
          className="inline-flex size-7 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-accent-foreground"
        >
          <ChevronRight aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
        </button>
        <div className="min-w-0 flex-1">
          <Heading id={`${regionId}-title`} className="truncate font-medium">
            {category.name}
          </Heading>
          <p className="text-xs text-muted-foreground tabular-nums">
            {t("typesOn", { on: typesOn, total: category.types.length })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm" title={t("allOfHelp")}>
            <Switch
              ref={wholeSwitch}
              checked={wholeCategory}
              disabled={!canEdit}
              aria-label={t("subscribeAllLabel", { category: category.name })}
              aria-describedby={`${regionId}-help`}
              onCheckedChange={onWholeChange}
            />
            {/* The same words in every category, so the switches and selects line up down the matrix
                (the switch's accessible name carries the category). */}
            <span aria-hidden>{t("allOf")}</span>
            <span id={`${regionId}-help`} className="sr-only">
              {t("allOfHelp")}
            </span>
          </label>
          <ModeSelect
            value={categoryMode ?? "IMMEDIATE"}
            disabled={!canEdit || !wholeCategory}
            label={t("categoryModeLabel", { category: category.name })}
            onChange={(mode) => handlers.toggle(categoryTarget, true, mode ?? "IMMEDIATE")}
          />
        </div>
        {audience ? (
          <CategoryOffConfirm
            open={confirmingOff}
            onOpenChange={setConfirmingOff}
            returnFocusRef={wholeSwitch}
            group={audience}
            category={category.name}
            types={lostTypes(category.types, index)}
            onConfirm={() => handlers.save(categoryTarget, false, categoryMode ?? "IMMEDIATE")}
          />
        ) : null}
      </div>
      <div id={regionId} hidden={!expanded} className="border-t">
        {expanded ? (
          <Table label={category.name}>
            <TableHeader>
              <TableRow>
                <TableHead className="pl-4">{t("type")}</TableHead>
                <TableHead className="w-20 sm:w-28">{t("subscribed")}</TableHead>
                <TableHead className="w-36 sm:w-44">{tm("label")}</TableHead>
                {preferences ? <TableHead className="w-16 sm:w-24">{t("muted")}</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {types.map((type) => {
                const ownMode = index.types.get(type.key);
                const covered = wholeCategory && ownMode === undefined;
                const preference = preferences?.get(type.key);
                return (
                  <TableRow key={type.key} data-testid={`matrix-type-${type.key}`}>
                    <TableCell className="min-w-36 pl-4">
                      <div className="flex min-w-0 items-center gap-2">
                        {/* Wraps on a phone; one line beside the wider columns of larger screens. */}
                        <span className="break-words sm:truncate" title={type.description}>
                          {type.name}
                        </span>
                        {type.mandatory ? <MandatoryLock context="subscriptions" /> : null}
                        <SeverityBadge
                          severity={type.severity}
                          label={tc(`severity.${type.severity}`)}
                          className="hidden sm:inline-flex"
                        />
                      </div>
                      {covered ? (
                        <p className="text-xs text-muted-foreground">
                          {t("coveredByCategory", { category: category.name })}
                        </p>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <Switch
                        checked={covered || ownMode !== undefined}
                        disabled={!canEdit || covered}
                        aria-label={t("subscribeLabel", { type: type.name })}
                        onCheckedChange={(checked) =>
                          handlers.toggle({ typeKey: type.key }, checked, ownMode ?? "IMMEDIATE")
                        }
                      />
                    </TableCell>
                    <TableCell>
                      <ModeSelect
                        value={ownMode ?? categoryMode ?? "IMMEDIATE"}
                        disabled={!canEdit || ownMode === undefined}
                        label={t("modeLabel", { type: type.name })}
                        className="w-32 sm:w-40"
                        onChange={(mode) => handlers.toggle({ typeKey: type.key }, true, mode ?? "IMMEDIATE")}
                      />
                    </TableCell>
                    {preferences ? (
                      <TableCell>
                        {type.mandatory ? (
                          <MandatoryLock context="subscriptions" />
                        ) : (
                          <Switch
                            checked={preference?.muted ?? false}
                            disabled={!canEdit}
                            aria-label={t("muteLabel", { type: type.name })}
                            onCheckedChange={(checked) => handlers.mute(type.key, checked)}
                          />
                        )}
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        ) : null}
      </div>
    </section>
  );
}

/** What turning the whole category off takes away: its types the subject has no subscription of their own to. */
function lostTypes(types: CatalogCategoryView["types"], index: SubscriptionIndex) {
  const lost = types.filter((type) => !index.types.has(type.key));
  return { count: lost.length, mandatory: lost.filter((type) => type.mandatory).length };
}
