"use client";

import { KeyRound } from "lucide-react";
import type { RefObject } from "react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { CreateApiKeyForm, type CreatedKey } from "./create-api-key-form";
import { NewKeySecret } from "./new-key-secret";

interface Props {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The "Create API key" button: focus goes back there on close (the dialog has no Radix trigger). */
  returnFocus: RefObject<HTMLElement | null>;
}

/**
 * The dialog of "Create API key" (Radix's dialog, the form, the one-time secret), loaded by
 * create-api-key-dialog.tsx when its button is hovered or focused or first clicked.
 */
export default function CreateApiKeyDialogContent({ open, setOpen, returnFocus }: Props) {
  const t = useTranslations("apiKeys");
  const tc = useTranslations("common");
  const [created, setCreated] = useState<CreatedKey | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) setCreated(null); // the secret leaves memory with the dialog
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={tc("close")}
        showCloseButton={!created}
        // While the secret shows, only the explicit button closes the dialog: no stray click loses it.
        onInteractOutside={(event) => created && event.preventDefault()}
        onEscapeKeyDown={(event) => created && event.preventDefault()}
        onCloseAutoFocus={(event) => {
          const target = returnFocus.current;
          if (target?.isConnected) {
            event.preventDefault();
            target.focus();
          }
        }}
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
