import { Send } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** "Dispatch" for administrators, from the catalog and a type's page; nothing for anyone else. */
export async function DispatchLink({ role, typeKey }: { role: string; typeKey?: string }) {
  if (role !== "ADMIN") return null;
  const t = await getTranslations("dispatch");
  const href = typeKey ? `/dispatch?type=${encodeURIComponent(typeKey)}` : "/dispatch";
  return (
    <Button asChild variant="outline">
      <Link href={href as Route} data-testid="dispatch-link">
        <Send aria-hidden />
        {t("link")}
      </Link>
    </Button>
  );
}
