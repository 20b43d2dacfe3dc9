import { House } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { BackButton } from "@/components/shell/back-button";
import { LinkButton } from "@/components/ui/link-button";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main className="mx-auto grid max-w-md gap-4 px-4 py-24 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted-foreground">{t("description")}</p>
      <div className="flex flex-wrap justify-center gap-2">
        <LinkButton href="/" icon={House}>
          {t("home")}
        </LinkButton>
        <BackButton label={t("back")} />
      </div>
    </main>
  );
}
