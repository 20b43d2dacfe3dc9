import { BookOpen, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { TableCard } from "@/components/ui/table-card";
import { listApiKeys } from "@/lib/api-keys/queries";
import { requirePage } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiKeys");
  return { title: t("title") };
}

// Administrators manage keys; auditors see the same list without the controls (and the actions
// refuse them anyway).
export default async function ApiKeysPage() {
  const viewer = await requirePage("/api-keys");
  const canManage = viewer.role === "ADMIN";
  const [keys, t] = await Promise.all([listApiKeys(viewer, {}), getTranslations("apiKeys")]);
  const active = keys.filter((key) => !key.revokedAt).length;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <LinkButton variant="outline" href="/api-docs" icon={BookOpen}>
              {t("docsLink")}
            </LinkButton>
            {canManage ? <CreateApiKeyDialog /> : null}
          </>
        }
      />
      {canManage ? null : (
        <Alert>
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      )}
      {keys.length === 0 ? (
        <EmptyState
          icon={KeyRound}
          title={t("empty.title")}
          description={canManage ? t("empty.description") : t("empty.readOnly")}
          action={canManage ? <CreateApiKeyDialog /> : undefined}
        />
      ) : (
        <TableCard summary={`${t("count", { count: keys.length })} · ${t("activeCount", { count: active })}`}>
          <ApiKeysTable keys={keys} canManage={canManage} />
        </TableCard>
      )}
    </div>
  );
}
