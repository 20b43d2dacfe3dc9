import { getTranslations } from "next-intl/server";
import { MatrixSkeleton } from "@/components/subscriptions/matrix-skeleton";

export default async function Loading() {
  const t = await getTranslations("common");
  return <MatrixSkeleton label={t("loading")} />;
}
