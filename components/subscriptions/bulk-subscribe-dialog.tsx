"use client";

import { ListChecks } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { TitledDialog } from "@/components/ui/titled-dialog";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import type { DeliveryMode, Target } from "@/lib/subscriptions/types";
import { ModeSelect } from "./mode-select";
import { useBulkUpdate } from "./use-bulk-update";
import { RadioChoice } from "./radio-choice";
import { describeError } from "./use-save-state";

export type BulkRecipients =
  | { kind: "user" | "contact"; ids: string[] }
  | { kind: "group-members"; groupId: string; groupName: string; count: number };

interface Props {
  recipients: BulkRecipients;
  catalog: CatalogCategoryView[];
  /** Disables the trigger, e.g. while nothing is selected. */
  disabled?: boolean;
}

/**
 * Subscribe (or unsubscribe) many recipients to a whole category or some of its types: one request,
 * one transaction and one audit entry on the server, with a progress bar while it runs.
 */
export function BulkSubscribeDialog({ recipients, catalog, disabled }: Props) {
  const t = useTranslations("subscriptions.bulk");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [operation, setOperation] = useState<"subscribe" | "unsubscribe">("subscribe");
  const [categoryKey, setCategoryKey] = useState(catalog[0]?.key ?? "");
  const [whole, setWhole] = useState(true);
  const [typeKeys, setTypeKeys] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<DeliveryMode>("IMMEDIATE");
  const [problem, setProblem] = useState("");
  const bulk = useBulkUpdate();
  const category = catalog.find((c) => c.key === categoryKey);
  const count = recipients.kind === "group-members" ? recipients.count : recipients.ids.length;
  const running = bulk.state.status === "running";

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const targets: Target[] = whole ? [{ categoryKey }] : [...typeKeys].map((typeKey) => ({ typeKey }));
    if (targets.length === 0) return setProblem(t("nothingChosen"));
    setProblem("");
    const target =
      recipients.kind === "group-members"
        ? { kind: recipients.kind, groupId: recipients.groupId }
        : recipients;
    await bulk.run({ operation, recipients: target, targets, mode });
    // A streaming route cannot revalidate the page it was called from (CODE_STYLE "Client → server").
    router.refresh();
  }

  function onOpenChange(next: boolean) {
    if (running) return; // the change is one transaction: let it finish
    setOpen(next);
    if (!next) bulk.reset();
  }

  const state = bulk.state;
  const percent =
    state.status === "running" && state.total > 0
      ? Math.round((state.done / state.total) * 100)
      : state.status === "done"
        ? 100
        : 0;

  return (
    <TitledDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button variant="outline" disabled={disabled || count === 0}>
          <ListChecks aria-hidden />
          {t(recipients.kind === "group-members" ? "groupButton" : "selectedButton")}
        </Button>
      }
      title={t("title", { count })}
      description={
        recipients.kind === "group-members"
          ? t("groupDescription", { name: recipients.groupName })
          : t("selectedDescription")
      }
      className="sm:max-w-xl"
    >
      <form onSubmit={submit} className="grid gap-4">
        <RadioChoice
          legend={t("operation")}
          name="operation"
          options={["subscribe", "unsubscribe"] as const}
          value={operation}
          onChange={setOperation}
          labelOf={(value) => t(value)}
          className="flex flex-wrap gap-4"
          disabled={running}
        />
        <div className="grid gap-2">
          <Label htmlFor={`${id}-category`}>{t("category")}</Label>
          <NativeSelect
            id={`${id}-category`}
            value={categoryKey}
            disabled={running}
            onChange={(event) => {
              setCategoryKey(event.target.value);
              setTypeKeys(new Set());
              setWhole(true);
            }}
          >
            {catalog.map((c) => (
              <NativeSelectOption key={c.key} value={c.key}>
                {c.name}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </div>
        {category ? (
          <fieldset className="grid gap-2" disabled={running}>
            <legend className="sr-only">{t("types")}</legend>
            <label className="flex items-center gap-2 text-sm font-medium">
              <Checkbox checked={whole} onCheckedChange={(checked) => setWhole(checked === true)} />
              {t("whole", { category: category.name })}
            </label>
            {!whole ? (
              <div className="grid max-h-52 gap-1 overflow-y-auto rounded-md border p-2">
                <p className="text-xs text-muted-foreground">{t("types")}</p>
                {category.types.map((type) => (
                  <label key={type.key} className="flex items-center gap-2 text-sm">
                    <Checkbox
                      checked={typeKeys.has(type.key)}
                      onCheckedChange={(checked) =>
                        setTypeKeys((current) => {
                          const next = new Set(current);
                          if (checked === true) next.add(type.key);
                          else next.delete(type.key);
                          return next;
                        })
                      }
                    />
                    {type.name}
                  </label>
                ))}
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {operation === "subscribe" ? (
          <div className="grid gap-2">
            <Label htmlFor={`${id}-mode`}>{t("mode")}</Label>
            <ModeSelect
              id={`${id}-mode`}
              value={mode}
              onChange={(next) => setMode(next ?? "IMMEDIATE")}
              label={t("mode")}
              disabled={running}
              className="w-full"
            />
          </div>
        ) : null}
        <div aria-live="polite" className="grid gap-2 text-sm">
          {state.status === "running" || state.status === "done" ? (
            <div
              role="progressbar"
              aria-label={t("progress")}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              className="h-2 overflow-hidden rounded-full bg-muted"
            >
              <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
            </div>
          ) : null}
          {state.status === "running" ? (
            <p className="text-muted-foreground tabular-nums">
              {t("working", { done: state.done, total: state.total || count })}
            </p>
          ) : null}
          {state.status === "done" ? (
            <Alert variant="success" role="status">
              <AlertDescription>{t("done", state.result)}</AlertDescription>
            </Alert>
          ) : null}
          {state.status === "error" ? (
            <Alert variant="destructive">
              <AlertDescription>
                {t("failed", { message: describeError(state.error, errorText) })}
              </AlertDescription>
            </Alert>
          ) : null}
          {problem ? <p className="text-destructive">{problem}</p> : null}
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" disabled={running} onClick={() => onOpenChange(false)}>
            {tc("close")}
          </Button>
          <Button type="submit" disabled={running}>
            {t("submit")}
          </Button>
        </DialogFooter>
      </form>
    </TitledDialog>
  );
}
