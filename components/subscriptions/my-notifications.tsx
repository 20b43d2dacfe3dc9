"use client";

import { BellOff, ListChecks } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { MandatoryLock } from "@/components/catalog/mandatory-lock";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { Switch } from "@/components/ui/switch";
import type { Role } from "@/generated/prisma/enums";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import { maySelfSubscribe } from "@/lib/subscriptions/policy";
import type { TypeDelivery } from "@/lib/subscriptions/types";
import { ModeSelect } from "./mode-select";
import { ReasonList } from "./reason-list";
import { SaveStatus } from "./save-status";
import { useChangeMyNotification, useMyNotifications } from "./use-my-notifications";
import { useSaveState } from "./use-save-state";

const filters = ["receiving", "available", "all"] as const;
type Filter = (typeof filters)[number];

interface Props {
  role: Role;
  catalog: CatalogCategoryView[];
  categoryNames: Record<string, string>;
  initialDeliveries: TypeDelivery[];
  /**
   * The viewer's address is on the suppression list: Herald sends nothing, mandatory types included,
   * so nothing here may claim a delivery (the page's notice says why and since when).
   */
  suppressed?: boolean;
}

/** What I receive and why, what I may add, and the switches to change it. */
export function MyNotifications({
  role,
  catalog,
  categoryNames,
  initialDeliveries,
  suppressed = false,
}: Props) {
  const t = useTranslations("subscriptions.me");
  const tc = useTranslations("common");
  const tm = useTranslations("subscriptions.mandatory");
  const th = useTranslations("subscriptions.mandatoryHeld");
  const mandatoryExplanation = suppressed ? th("explanation") : tm("explanation");
  const { data } = useMyNotifications({ deliveries: initialDeliveries });
  const change = useChangeMyNotification();
  const { state, track } = useSaveState();
  const [filter, setFilter] = useState<Filter>("receiving");
  // Rows switched in this view stay in it until the filter changes: a muted row leaving "receiving" at
  // once would take the keyboard's focus (and the way to undo) with it.
  const [switched, setSwitched] = useState<ReadonlySet<string>>(() => new Set());
  const chooseFilter = (value: Filter) => {
    setFilter(value);
    setSwitched(new Set());
  };
  const byType = new Map(data.deliveries.map((d) => [d.typeKey, d]));
  const receiving = data.deliveries.filter((d) => d.delivered).length;

  const shown = (delivery: TypeDelivery) =>
    filter === "all" ||
    switched.has(delivery.typeKey) ||
    (filter === "receiving"
      ? delivery.delivered
      : !delivery.delivered && maySelfSubscribe(role, delivery.typeKey));

  const sections = catalog
    .map((category) => ({
      category,
      rows: category.types.flatMap((type) => {
        const delivery = byType.get(type.key);
        return delivery && shown(delivery) ? [{ type, delivery }] : [];
      }),
    }))
    .filter((section) => section.rows.length > 0);

  return (
    <div className="grid gap-4" data-testid="my-notifications">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div role="group" aria-label={t("filter")} className="inline-flex w-fit rounded-lg bg-muted p-1">
          {filters.map((value) => (
            <Button
              key={value}
              variant={filter === value ? "secondary" : "ghost"}
              size="sm"
              aria-pressed={filter === value}
              onClick={() => chooseFilter(value)}
              className={filter === value ? "bg-background shadow-sm" : undefined}
            >
              {t(`filters.${value}`)}
            </Button>
          ))}
        </div>
        <p className="text-sm text-muted-foreground tabular-nums">
          {t(suppressed ? "statsSuppressed" : "stats", { count: receiving, total: data.deliveries.length })}
        </p>
      </div>
      <SaveStatus state={state} />
      {sections.length === 0 ? (
        <EmptyState
          icon={filter === "receiving" ? BellOff : ListChecks}
          title={t(`empty.${filter}.title`)}
          description={t(`empty.${filter}.description`)}
          action={
            filter === "receiving" ? (
              <Button variant="outline" onClick={() => chooseFilter("available")}>
                {t("empty.receiving.action")}
              </Button>
            ) : undefined
          }
          data-testid="my-notifications-empty"
        />
      ) : (
        sections.map(({ category, rows }) => (
          <section
            key={category.key}
            aria-labelledby={`me-${category.key}`}
            className="rounded-lg border bg-card"
          >
            <h2 id={`me-${category.key}`} className="border-b px-4 py-2.5 font-medium">
              {category.name}
            </h2>
            <ul className="divide-y">
              {rows.map(({ type, delivery }) => {
                const locked = type.mandatory && delivery.delivered;
                const restricted =
                  !delivery.delivered && delivery.paths.length === 0 && !maySelfSubscribe(role, type.key);
                return (
                  <li
                    key={type.key}
                    className="grid gap-3 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
                    data-testid={`my-type-${type.key}`}
                  >
                    <div className="grid min-w-0 gap-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium">{type.name}</span>
                        {type.mandatory ? (
                          <MandatoryLock context={suppressed ? "suppressed" : "subscriptions"} />
                        ) : null}
                        <SeverityBadge severity={type.severity} label={tc(`severity.${type.severity}`)} />
                      </div>
                      <div className="text-muted-foreground">
                        {delivery.delivered ? (
                          <ReasonList
                            reasons={delivery.paths.map((path) => path.reason)}
                            categoryNames={categoryNames}
                          />
                        ) : (
                          <p className="text-sm">
                            {delivery.muted ? t("mutedByYou") : t("notReceived")}{" "}
                            {delivery.paths.length === 0
                              ? restricted
                                ? t("restricted")
                                : t("mayAdd")
                              : null}
                          </p>
                        )}
                        {locked ? <p className="text-sm">{mandatoryExplanation}</p> : null}
                      </div>
                    </div>
                    <div className="flex items-center gap-3">
                      <ModeSelect
                        value={delivery.preference?.mode ?? null}
                        allowDefault
                        defaultMode={
                          delivery.paths.some((path) => path.mode === "IMMEDIATE") ? "IMMEDIATE" : "DIGEST"
                        }
                        disabled={type.mandatory || !delivery.delivered}
                        label={t("modeLabel", { type: type.name })}
                        className="flex-1 sm:w-72 sm:flex-none"
                        onChange={(mode) => void track(() => change.mutateAsync({ typeKey: type.key, mode }))}
                      />
                      <Switch
                        checked={delivery.delivered}
                        disabled={locked || restricted}
                        aria-label={t("receiveLabel", { type: type.name })}
                        onCheckedChange={(receive) => {
                          setSwitched((keys) => new Set(keys).add(type.key));
                          void track(() => change.mutateAsync({ typeKey: type.key, receive }));
                        }}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
