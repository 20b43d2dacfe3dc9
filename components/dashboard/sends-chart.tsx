"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartTooltipStyle } from "@/components/ui/chart-theme";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** Sends per day, stacked by status. Loaded only by the dashboard (recharts is heavy): see sends-chart-island. */
export default function SendsChart({
  data,
  series,
}: {
  data: Record<string, string | number>[];
  series: ChartSeries[];
}) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      {/* No keyboard layer: the chart is hidden from assistive technology (aria-hidden, the figures are
          in the table beside it), so it must not take focus either. */}
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-border" />
        <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tickLine={false} axisLine={false} fontSize={12} />
        <Tooltip cursor={{ fillOpacity: 0.08 }} contentStyle={chartTooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.label}
            stackId="status"
            fill={item.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
