"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartTooltipStyle } from "@/components/ui/chart-theme";

export interface ResourceSeries {
  key: "cpu" | "memory" | "diskFree";
  label: string;
  color: string;
}

/** CPU, memory and free disk over time. Loaded only by the resources page (recharts is heavy): see resources-chart-island. */
export default function ResourcesChart({
  data,
  series,
}: {
  data: { label: string; cpu: number; memory: number; diskFree: number }[];
  series: ResourceSeries[];
}) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      {/* No keyboard layer: the chart is hidden from assistive technology (aria-hidden, the figures are
          in the table beside it), so it must not take focus either. */}
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-border" />
        <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} unit="%" tickLine={false} axisLine={false} fontSize={12} />
        <Tooltip contentStyle={chartTooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((item) => (
          <Line
            key={item.key}
            dataKey={item.key}
            name={item.label}
            stroke={item.color}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
