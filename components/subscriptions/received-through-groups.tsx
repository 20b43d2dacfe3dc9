import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import type { CatalogCategoryView } from "@/lib/subscriptions/catalog-view";
import type { TypeDelivery } from "@/lib/subscriptions/queries";
import { ReasonList } from "./reason-list";

interface Props {
  userName: string;
  deliveries: TypeDelivery[];
  catalog: CatalogCategoryView[];
  categoryNames: Record<string, string>;
  /** The user's address is suppressed: nothing listed is sent, whatever its mode. */
  suppressed?: boolean;
}

/** What a user gets through their groups, with the reasons: read-only on the user's page. */
export async function ReceivedThroughGroups({
  userName,
  deliveries,
  catalog,
  categoryNames,
  suppressed = false,
}: Props) {
  const t = await getTranslations("subscriptions.received");
  const tm = await getTranslations("subscriptions.mode");
  const names = new Map(
    catalog.flatMap((category) => category.types.map((type) => [type.key, type.name] as const)),
  );
  const viaGroups = deliveries
    .map((delivery) => ({ ...delivery, paths: delivery.paths.filter((path) => path.reason.via === "group") }))
    .filter((delivery) => delivery.paths.length > 0);

  return (
    <SectionCard
      title={t("heading")}
      description={t("description")}
      className="gap-4"
      data-testid="received-through-groups"
    >
      {viaGroups.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty", { name: userName })}</p>
      ) : (
        <ul className="grid gap-3">
          {viaGroups.map((delivery) => (
            <li
              key={delivery.typeKey}
              className="grid gap-1 border-b pb-3 last:border-0 last:pb-0"
              data-testid="received-type"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{names.get(delivery.typeKey) ?? delivery.typeKey}</span>
                <span className="text-xs text-muted-foreground">
                  {delivery.delivered
                    ? suppressed
                      ? t("suppressed")
                      : tm(delivery.mode)
                    : delivery.muted
                      ? t("mutedByUser")
                      : t("notDelivered")}
                </span>
              </div>
              <div className="text-muted-foreground">
                <ReasonList
                  reasons={delivery.paths.map((path) => path.reason)}
                  categoryNames={categoryNames}
                  linkGroups
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
