"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setContactStatusAction } from "@/lib/contacts/actions";

/** Disable or re-enable a contact, after confirming. */
export function ContactStatusButton({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  const t = useTranslations("subscriptions.contacts.detail");
  const disabling = !disabled;
  return (
    <ConfirmDialog
      trigger={
        <Button variant={disabling ? "destructive" : "outline"}>{t(disabling ? "disable" : "enable")}</Button>
      }
      title={t(disabling ? "disableTitle" : "enableTitle", { name })}
      description={t(disabling ? "disableDescription" : "enableDescription")}
      confirmLabel={t(disabling ? "disable" : "enable")}
      pendingLabel={t(disabling ? "disabling" : "enabling")}
      successMessage={t(disabling ? "disableDone" : "enableDone", { name })}
      variant={disabling ? "destructive" : "default"}
      onConfirm={() => setContactStatusAction({ id, disabled: disabling })}
    />
  );
}
