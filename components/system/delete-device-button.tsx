"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteDeviceAction } from "@/lib/system/devices/actions";

export function DeleteDeviceButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("system");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          {t("devices.delete.button")}
        </Button>
      }
      title={t("devices.delete.title", { name })}
      description={t("devices.delete.description")}
      confirmLabel={t("devices.delete.confirm")}
      pendingLabel={t("devices.delete.pending")}
      successMessage={t("devices.delete.done", { name })}
      variant="destructive"
      onConfirm={() => deleteDeviceAction({ id })}
      // The row goes: the focus moves to the next device's button, else to the list's empty state.
      afterRemoval={{ row: "tr", fallback: '[data-slot="empty-state"]' }}
    />
  );
}
