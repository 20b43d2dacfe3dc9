import { useTranslations } from "next-intl";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeProps } from "@/components/ui/badge";

const variants: Record<DeliveryStatus, BadgeProps["variant"]> = {
  QUEUED: "secondary",
  SENDING: "secondary",
  SENT: "success",
  DELIVERED: "success",
  DELAYED: "warning",
  BOUNCED: "destructive",
  COMPLAINED: "destructive",
  FAILED: "destructive",
  SUPPRESSED: "outline",
  CANCELLED: "outline",
};

/** A delivery's status as a coloured badge with its name in the reader's language. No "use client": both sides render it. */
export function StatusBadge({ status }: { status: DeliveryStatus }) {
  const t = useTranslations("history.status");
  return (
    <Badge variant={variants[status]} data-testid="delivery-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
