import { getTranslations } from "next-intl/server";

/**
 * The type page's "subscribers and recipients" section; its content comes from the subscriptions
 * feature (components/subscriptions/type-recipients.tsx).
 */
export async function TypeRecipientsSection({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("catalog.type.recipients");
  return (
    <section aria-labelledby="type-recipients-heading" className="grid gap-3" data-testid="type-recipients">
      <div className="grid gap-1">
        <h2 id="type-recipients-heading" className="text-lg font-semibold tracking-tight">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {children}
    </section>
  );
}
