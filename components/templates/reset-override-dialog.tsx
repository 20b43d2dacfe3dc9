"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

/** "Reset to default" with a confirmation: the custom texts of one language are deleted. */
export function ResetOverrideDialog({
  language,
  pending,
  onConfirm,
}: {
  language: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations();
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" disabled={pending} data-testid="override-reset">
          <RotateCcw aria-hidden />
          {t("templates.texts.reset")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("templates.texts.resetTitle", { language })}</AlertDialogTitle>
          <AlertDialogDescription>{t("templates.texts.resetDescription")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={onConfirm} data-testid="override-reset-confirm">
            {t("templates.texts.resetConfirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
