import { TableSkeleton } from "@/components/shell/table-skeleton";

export default function Loading() {
  return <TableSkeleton />;
}
