import { ListSkeleton } from "@/components/users/list-skeleton";

export default function Loading() {
  return <ListSkeleton />;
}
