import { FileJson, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/api-docs/api-reference";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { API_BASE_PATH, openApiDocument } from "@/lib/api/openapi";
import { requirePage } from "@/lib/auth/viewer";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiKeys.docs");
  return { title: t("title") };
}

export default async function ApiDocsPage() {
  await requirePage("/api-docs");
  const t = await getTranslations("apiKeys");
  const document = openApiDocument();
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("docs.title")}
        description={t("docs.description", { version: document.info.version })}
        actions={
          <>
            <Button variant="outline" asChild>
              <a href={`${API_BASE_PATH}/openapi.json`} download="herald-openapi.json">
                <FileJson aria-hidden />
                {t("docs.download")}
              </a>
            </Button>
            <LinkButton variant="outline" href="/api-keys" icon={KeyRound}>
              {t("title")}
            </LinkButton>
          </>
        }
      />
      <ApiReference document={document} origin={env.APP_URL} />
    </div>
  );
}
