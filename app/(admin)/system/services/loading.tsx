import { DetailSkeleton } from "@/components/shell/detail-skeleton";

export default function Loading() {
  return <DetailSkeleton />;
}
