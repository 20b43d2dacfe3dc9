import { getTranslations } from "next-intl/server";
import { ServicesTable } from "@/components/system/services-table";
import type { ServicesOverview } from "@/lib/system/services/queries";
import { serviceStateValues, type ServiceState } from "@/lib/system/values";

/** The services section: how many are in each Appendix I state, the queue, then the services page's table. */
export async function ServicesOverviewSection({ services }: { services: ServicesOverview }) {
  const [t, ts] = await Promise.all([getTranslations("system.dashboard"), getTranslations("systemServices")]);
  const count = (state: ServiceState) => services.rows.filter((row) => row.state === state).length;
  const [active, inactive, disabled] = serviceStateValues.map(count);
  return (
    <>
      <p className="text-sm" data-testid="dashboard-services-summary">
        {t("services.summary", { active: active!, inactive: inactive!, disabled: disabled! })}{" "}
        <span className="text-muted-foreground">
          {ts("queue", {
            due: services.queue.due,
            age: ts("ageSeconds", { seconds: services.queue.oldestAgeSeconds }),
          })}
        </span>
      </p>
      <ServicesTable rows={services.rows} />
    </>
  );
}
