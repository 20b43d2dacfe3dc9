"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

export function RevokeApiKeyButton({ id, name, prefix }: { id: string; name: string; prefix: string }) {
  const t = useTranslations("apiKeys.revoke");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={t("buttonLabel", { name })}>
          {t("button")}
        </Button>
      }
      title={t("title", { name })}
      description={t("description", { prefix })}
      confirmLabel={t("confirm")}
      pendingLabel={t("revoking")}
      successMessage={t("done", { name })}
      onConfirm={() => revokeApiKeyAction({ id })}
      // The revoked key's row stays, without this button: the focus goes to the next active key's, else
      // to the page's heading once no key is left to revoke.
      afterRemoval={{ row: "tr", fallback: "main h1" }}
    />
  );
}
