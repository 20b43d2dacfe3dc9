"use client";

import { Copy, UserRound, UsersRound } from "lucide-react";
import { useDeferredValue, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { TitledDialog } from "@/components/ui/titled-dialog";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { Subject } from "@/lib/subscriptions/types";
import { cn } from "@/lib/utils";
import { useCopySubscriptions, useSubjectSearch } from "./use-copy-subscriptions";
import { RadioChoice } from "./radio-choice";
import { describeError } from "./use-save-state";

/** "Copy subscriptions from…": pick a user or group, merge into or replace this subject's set. */
export function CopySubscriptionsDialog({ subject, subjectName }: { subject: Subject; subjectName: string }) {
  const t = useTranslations("subscriptions.copy");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const [source, setSource] = useState<Subject | null>(null);
  const [strategy, setStrategy] = useState<"merge" | "replace">("merge");
  const [notice, setNotice] = useState("");
  const search = useSubjectSearch(deferred, open);
  const copy = useCopySubscriptions(subject);
  const options = (search.data?.options ?? []).filter(
    (option) => !(option.kind === subject.kind && option.id === subject.id),
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!source) return;
    copy.mutate(
      { from: source, strategy },
      {
        onSuccess: (result) => {
          setNotice(t("done", { name: result.sourceName, ...result.counts }));
          setOpen(false);
          setSource(null);
        },
      },
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <TitledDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant="outline">
            <Copy aria-hidden />
            {t("button")}
          </Button>
        }
        title={t("title")}
        description={t("description", { name: subjectName })}
      >
        <form onSubmit={submit} className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor={`${id}-search`}>{t("search")}</Label>
            <Input
              id={`${id}-search`}
              type="search"
              value={query}
              placeholder={t("searchPlaceholder")}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
          </div>
          <fieldset
            className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-1"
            aria-busy={search.isFetching}
          >
            <legend className="sr-only">{t("search")}</legend>
            {search.isPending && open ? (
              <Spinner label={t("searching")} className="p-3" />
            ) : options.length === 0 ? (
              <p className="p-3 text-sm text-muted-foreground">{t("noResults")}</p>
            ) : (
              options.map((option) => {
                const checked = source?.kind === option.kind && source.id === option.id;
                const Icon = option.kind === "group" ? UsersRound : UserRound;
                return (
                  <label
                    key={`${option.kind}-${option.id}`}
                    className={cn(
                      "flex cursor-pointer items-center gap-3 rounded px-2 py-1.5 text-sm hover:bg-accent",
                      checked && "bg-accent",
                    )}
                  >
                    <input
                      type="radio"
                      name="source"
                      className="accent-primary"
                      checked={checked}
                      onChange={() => setSource({ kind: option.kind, id: option.id })}
                    />
                    <Icon aria-hidden className="size-4 text-muted-foreground" />
                    <span className="min-w-0 flex-1 truncate">
                      {option.name}
                      {option.detail ? (
                        <span className="ml-2 text-muted-foreground">{option.detail}</span>
                      ) : null}
                    </span>
                  </label>
                );
              })
            )}
          </fieldset>
          <RadioChoice
            legend={t("strategy", { name: subjectName })}
            name="strategy"
            options={["merge", "replace"] as const}
            value={strategy}
            onChange={setStrategy}
            labelOf={(value) => t(value)}
            className="grid gap-2"
          />
          <p aria-live="polite" className="min-h-5 text-sm text-destructive">
            {copy.isError ? describeError(copy.error, errorText) : null}
          </p>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={!source || copy.isPending}>
              {copy.isPending ? t("copying") : t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </TitledDialog>
      <p aria-live="polite" role="status" className="text-sm text-muted-foreground">
        {notice}
      </p>
    </div>
  );
}
