// Inside a route group so this loading boundary does not wrap the admin-only page beside it (new): a
// boundary starts streaming, and a 403 from forbidden() would then be sent as 200.
import { ListSkeleton } from "@/components/shell/list-skeleton";

export default function Loading() {
  return <ListSkeleton />;
}
