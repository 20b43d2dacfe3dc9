"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChartSeries } from "./sends-chart";

// recharts only in the browser and only on this page: its chunk loads after the page has rendered,
// while the table beside it already carries the same figures for screen readers and no-JS.
const SendsChart = dynamic(() => import("./sends-chart"), {
  ssr: false,
  loading: () => <Skeleton className="h-80 w-full" />,
});

export function SendsChartIsland(props: { data: Record<string, string | number>[]; series: ChartSeries[] }) {
  return (
    <div aria-hidden="true" data-testid="sends-chart">
      <SendsChart {...props} />
    </div>
  );
}
