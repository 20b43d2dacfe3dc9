// In its own route group so that this loading state covers the dashboard only, not the system pages below /system.
import { DetailSkeleton } from "@/components/shell/detail-skeleton";

export default function Loading() {
  return <DetailSkeleton />;
}
