"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { ResourceSeries } from "./resources-chart";

// recharts only in the browser and only on this page; the figures above the chart carry the same
// latest values for screen readers and no-JS.
const ResourcesChart = dynamic(() => import("./resources-chart"), {
  ssr: false,
  loading: () => <Skeleton className="h-80 w-full" />,
});

export function ResourcesChartIsland(props: {
  data: { label: string; cpu: number; memory: number; diskFree: number }[];
  series: ResourceSeries[];
}) {
  return (
    <div aria-hidden="true" data-testid="resources-chart">
      <ResourcesChart {...props} />
    </div>
  );
}
