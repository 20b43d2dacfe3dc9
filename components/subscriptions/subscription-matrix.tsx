"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { tokenize } from "@/lib/search/normalize";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import { indexSubscriptions } from "@/lib/subscriptions/matrix-state";
import type { DeliveryMode, Subject, Target } from "@/lib/subscriptions/types";
import type { GroupAudience } from "./category-off-confirm";
import { MatrixCategory, type MatrixHandlers } from "./matrix-category";
import { SaveStatus } from "./save-status";
import { useSaveState } from "./use-save-state";
import {
  useSetPreference,
  useSetSubscription,
  useSubjectSubscriptions,
  type SubjectData,
} from "./use-subject-subscriptions";

interface Props {
  subject: Subject;
  catalog: CatalogCategoryView[];
  initialData: SubjectData;
  /** Administrators change; auditors only look. */
  canEdit: boolean;
  /**
   * The level of the category headings: 3 when the matrix sits in a section of its own (h2), 2 when it
   * is the page's main content right under its h1.
   */
  headingLevel?: 2 | 3;
  /**
   * For a group: its name and member count. One switch there changes every member's mail, so turning
   * a whole category off asks first, naming them.
   */
  audience?: GroupAudience;
}

/**
 * Categories and their types, with on/off and mode per type, "all of <category>" switches, and (for
 * users and contacts) mutes. Every switch saves at once, optimistically.
 */
export function SubscriptionMatrix({
  subject,
  catalog,
  initialData,
  canEdit,
  headingLevel = 3,
  audience,
}: Props) {
  const t = useTranslations("subscriptions");
  const { data } = useSubjectSubscriptions(subject, initialData);
  const setSubscription = useSetSubscription(subject);
  const setPreference = useSetPreference(subject);
  const { state, track } = useSaveState();
  const [query, setQuery] = useState("");
  const [onlySubscribed, setOnlySubscribed] = useState(false);
  const index = useMemo(() => indexSubscriptions(data.subscriptions), [data.subscriptions]);
  const preferences = useMemo(
    () => (data.preferences ? new Map(data.preferences.map((p) => [p.typeKey, p])) : null),
    [data.preferences],
  );
  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set(catalog.filter((c) => c.types.some((type) => index.types.has(type.key))).map((c) => c.key)),
  );

  const tokens = tokenize(query);
  const filtering = tokens.length > 0 || onlySubscribed;
  const visible = catalog
    .map((category) => ({
      category,
      types: category.types.filter((type) => {
        if (onlySubscribed && !index.types.has(type.key) && !index.categories.has(category.key)) return false;
        if (tokens.length === 0) return true;
        const words = tokenize(`${type.name} ${type.key}`);
        return tokens.every((token) => words.some((word) => word.startsWith(token)));
      }),
    }))
    .filter(({ types }) => types.length > 0);

  const handlers: MatrixHandlers = {
    toggle: (target: Target, subscribed: boolean, mode: DeliveryMode) =>
      void track(() => setSubscription.mutateAsync({ target, subscribed, mode })),
    mute: (typeKey: string, muted: boolean) =>
      void track(() => setPreference.mutateAsync({ typeKey, muted })),
    save: async (target: Target, subscribed: boolean, mode: DeliveryMode) => {
      await setSubscription.mutateAsync({ target, subscribed, mode });
    },
  };

  return (
    <div className="grid gap-3" data-testid="subscription-matrix">
      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div className="flex flex-wrap items-end gap-4">
          <div className="grid gap-1.5">
            <Label htmlFor="matrix-filter">{t("matrix.filter")}</Label>
            <Input
              id="matrix-filter"
              type="search"
              value={query}
              placeholder={t("matrix.filterPlaceholder")}
              onChange={(event) => setQuery(event.target.value)}
              className="w-64"
            />
          </div>
          <label className="flex h-9 items-center gap-2 text-sm">
            <Checkbox
              checked={onlySubscribed}
              onCheckedChange={(checked) => setOnlySubscribed(checked === true)}
            />
            {t("matrix.onlySubscribed")}
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-muted-foreground tabular-nums">
            {t("matrix.summary", { count: data.subscriptions.length })}
          </p>
          <Button variant="ghost" size="sm" onClick={() => setExpanded(new Set(catalog.map((c) => c.key)))}>
            {t("matrix.expandAll")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setExpanded(new Set())}>
            {t("matrix.collapseAll")}
          </Button>
        </div>
      </div>
      {canEdit ? (
        <SaveStatus state={state} />
      ) : (
        <p className="text-sm text-muted-foreground">{t("readOnly")}</p>
      )}
      <div role="group" aria-label={t("matrix.label")} className="grid gap-2">
        {visible.map(({ category, types }) => (
          <MatrixCategory
            key={category.key}
            category={category}
            types={types}
            index={index}
            preferences={preferences}
            expanded={filtering || expanded.has(category.key)}
            onExpandedChange={(open) =>
              setExpanded((current) => {
                const next = new Set(current);
                if (open) next.add(category.key);
                else next.delete(category.key);
                return next;
              })
            }
            canEdit={canEdit}
            handlers={handlers}
            headingLevel={headingLevel}
            audience={audience}
          />
        ))}
        {visible.length === 0 ? (
          <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            {t("matrix.noMatches", { query })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
