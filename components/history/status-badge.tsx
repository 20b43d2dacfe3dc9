import { useTranslations } from "next-intl";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeProps } from "@/components/ui/badge";

/** Each status's Badge variant (also the tones of CompactStatusBadge). */
export const statusVariants = {
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
} as const satisfies Record<DeliveryStatus, BadgeProps["variant"]>;

/** A delivery's status as a coloured badge with its name in the reader's language. No "use client": both sides render it. */
export function StatusBadge({ status }: { status: DeliveryStatus }) {
  const t = useTranslations("history.status");
  return (
    <Badge variant={statusVariants[status]} data-testid="delivery-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
