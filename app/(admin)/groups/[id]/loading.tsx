import { DetailSkeleton } from "@/components/users/detail-skeleton";

export default function Loading() {
  return <DetailSkeleton />;
}
