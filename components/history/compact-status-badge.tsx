import type { DeliveryStatus } from "@/generated/prisma/enums";
import { statusVariants } from "./status-badge";

type Tone = (typeof statusVariants)[DeliveryStatus];

/**
 * The look of StatusBadge (components/ui/badge.tsx: its base classes, less the link and icon ones a
 * row's badge never needs, and each variant's colours), written once on a table for every
 * CompactStatusBadge inside it. A page of 50 history rows otherwise sends ~0.35 KB of classes per
 * badge twice, in the HTML and again in the RSC payload. Tailwind needs the classes written out whole.
 */
export const compactStatusBadges = [
  "[&_[data-tone]]:inline-flex [&_[data-tone]]:w-fit [&_[data-tone]]:shrink-0 [&_[data-tone]]:items-center",
  "[&_[data-tone]]:justify-center [&_[data-tone]]:gap-1 [&_[data-tone]]:overflow-hidden [&_[data-tone]]:rounded-md",
  "[&_[data-tone]]:border [&_[data-tone]]:px-2 [&_[data-tone]]:py-0.5 [&_[data-tone]]:text-xs [&_[data-tone]]:font-medium",
  "[&_[data-tone]]:whitespace-nowrap [&_[data-tone]]:transition-colors",
  "[&_[data-tone=secondary]]:border-transparent [&_[data-tone=secondary]]:bg-secondary [&_[data-tone=secondary]]:text-secondary-foreground",
  "[&_[data-tone=success]]:border-transparent [&_[data-tone=success]]:bg-success [&_[data-tone=success]]:text-success-foreground",
  "[&_[data-tone=warning]]:border-transparent [&_[data-tone=warning]]:bg-warning [&_[data-tone=warning]]:text-warning-foreground",
  "[&_[data-tone=destructive]]:border-transparent [&_[data-tone=destructive]]:bg-destructive [&_[data-tone=destructive]]:text-destructive-foreground",
  "[&_[data-tone=outline]]:text-foreground",
].join(" ");

/** A delivery's status in a table styled with compactStatusBadges: the tone and the label, no classes. */
export function CompactStatusBadge({ status, label }: { status: DeliveryStatus; label: string }) {
  const tone: Tone = statusVariants[status];
  return (
    <span data-testid="delivery-status" data-tone={tone}>
      {label}
    </span>
  );
}
