"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import type { CreatedKey } from "./create-api-key-form";

/** The new key, shown once: Herald keeps only its hash. */
export function NewKeySecret({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const t = useTranslations("apiKeys");
  return (
    <div className="grid gap-5">
      <DialogHeader>
        <DialogTitle>{t("secret.title")}</DialogTitle>
        <DialogDescription>{t("secret.description", { name: created.name })}</DialogDescription>
      </DialogHeader>
      <Alert variant="warning">
        <TriangleAlert aria-hidden />
        <AlertTitle>{t("secret.warning")}</AlertTitle>
        <AlertDescription>{t("secret.warningDetail")}</AlertDescription>
      </Alert>
      <div className="grid gap-2">
        <Label htmlFor="new-api-key">{t("secret.label")}</Label>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <input
            id="new-api-key"
            readOnly
            autoFocus
            value={created.key}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="new-api-key"
            className="h-9 w-full min-w-0 rounded-md border border-input bg-muted/50 px-3 font-mono text-xs break-all focus-visible:border-ring"
          />
          <CopyButton
            value={created.key}
            label={t("copy.copy")}
            copiedMessage={t("copy.copied")}
            failedMessage={t("copy.failed")}
          />
        </div>
      </div>
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          {t("secret.done")}
        </Button>
      </DialogFooter>
    </div>
  );
}
