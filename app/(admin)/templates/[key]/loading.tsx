import { Skeleton } from "@/components/ui/skeleton";

export default function TemplateLoading() {
  return (
    <div className="grid gap-4" aria-busy="true">
      <Skeleton className="h-4 w-72" />
      <Skeleton className="h-8 w-96 max-w-full" />
      <Skeleton className="h-14 w-full" />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <Skeleton className="h-[760px] w-full" />
        <div className="grid content-start gap-4">
          <Skeleton className="h-64 w-full" />
          <Skeleton className="h-96 w-full" />
        </div>
      </div>
    </div>
  );
}
