"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setServiceDisabledAction } from "@/lib/system/services/actions";
import type { ServiceControlState } from "@/lib/system/services/control";

/** The on/off switch of the workers and the scheduler; the buttons only for administrators. */
export function ServicesControls({
  controls,
  canManage,
}: {
  controls: ServiceControlState[];
  canManage: boolean;
}) {
  const t = useTranslations("systemServices.controls");
  const format = useFormatter();
  return (
    <ul className="grid gap-3">
      {controls.map((control) => {
        const service = t(control.kind);
        const disable = !control.disabled;
        return (
          <li
            key={control.kind}
            className="flex flex-wrap items-center gap-3"
            data-testid={`service-control-${control.kind}`}
          >
            <span className="font-medium">{service}</span>
            <Badge variant={control.disabled ? "secondary" : "success"}>
              {control.disabled ? t("disabled") : t("enabled")}
            </Badge>
            {control.updatedAt && control.updatedBy ? (
              <span className="text-xs text-muted-foreground">
                {t("changedBy", {
                  date: format.dateTime(control.updatedAt, { dateStyle: "short", timeStyle: "short" }),
                  name: control.updatedBy,
                })}
              </span>
            ) : null}
            {canManage ? (
              <ConfirmDialog
                trigger={
                  <Button
                    variant={disable ? "outline" : "default"}
                    size="sm"
                    data-testid={`${disable ? "disable" : "enable"}-${control.kind}`}
                  >
                    {disable ? t("disable") : t("enable")}
                  </Button>
                }
                title={disable ? t("disableTitle", { service }) : t("enableTitle", { service })}
                description={
                  disable
                    ? control.kind === "WORKER"
                      ? t("disableWorkerDescription")
                      : t("disableSchedulerDescription")
                    : t("enableDescription", { service })
                }
                confirmLabel={disable ? t("disable") : t("enable")}
                pendingLabel={disable ? t("disabling") : t("enabling")}
                successMessage={disable ? t("disabledDone", { service }) : t("enabledDone", { service })}
                variant={disable ? "destructive" : "default"}
                confirmTestId={`confirm-${disable ? "disable" : "enable"}-${control.kind}`}
                onConfirm={() => setServiceDisabledAction({ kind: control.kind, disabled: disable })}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
