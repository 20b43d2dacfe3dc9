"use client";

import { KeyRound, Plus } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { CreateApiKeyForm, type CreatedKey } from "./create-api-key-form";
import { NewKeySecret } from "./new-key-secret";

/** "Create API key": the form, then the new key shown once until the admin confirms they stored it. */
export function CreateApiKeyDialog() {
  const t = useTranslations("apiKeys");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) setCreated(null); // the secret leaves memory with the dialog
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          {t("create.open")}
        </Button>
      </DialogTrigger>
      <DialogContent
        closeLabel={tc("close")}
        showCloseButton={!created}
        // While the secret shows, only the explicit button closes the dialog: no stray click loses it.
        onInteractOutside={(event) => created && event.preventDefault()}
        onEscapeKeyDown={(event) => created && event.preventDefault()}
        className="sm:max-w-xl"
      >
        {created ? (
          <NewKeySecret created={created} onDone={() => onOpenChange(false)} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle className="flex items-center gap-2">
                <KeyRound aria-hidden className="size-5 text-muted-foreground" />
                {t("create.title")}
              </DialogTitle>
              <DialogDescription>{t("create.description")}</DialogDescription>
            </DialogHeader>
            <CreateApiKeyForm onCreated={setCreated} onCancel={() => onOpenChange(false)} />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
