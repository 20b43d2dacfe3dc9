import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartDay {
  label: string;
  counts: Partial<Record<string, number>>;
}

// Drawing space of the SVG's viewBox; the SVG scales to its container's width.
const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 8, right: 8, bottom: 24, left: 40 };
const MAX_X_LABELS = 8;
/** Coordinates to a tenth of a unit: finer is invisible at this size and only lengthens the HTML. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Sends per day, stacked by status, drawn on the server: d3-scale places the days and the counts,
 * d3-shape stacks the statuses, and the page ships the SVG with no chart JavaScript. Each bar names its
 * day, status and count in a <title> (the browser's tooltip); the page's table carries every figure.
 */
export function SendsChart({
  days,
  series,
  title,
  description,
}: {
  days: ChartDay[];
  series: ChartSeries[];
  title: string;
  description: string;
}) {
  const x = scaleBand<number>()
    .domain(days.map((_, index) => index))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const layers = stack<ChartDay, string>()
    .keys(series.map((item) => item.key))
    .value((day, key) => day.counts[key] ?? 0)(days);
  const top = Math.max(1, ...days.map((day) => series.reduce((sum, s) => sum + (day.counts[s.key] ?? 0), 0)));
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(5).filter(Number.isInteger);
  // Like a chart's "preserve start and end": the first and last day, and evenly spaced ones between.
  const step = Math.max(1, Math.ceil(days.length / MAX_X_LABELS));
  const labelled = (index: number) =>
    index === days.length - 1 || (index % step === 0 && days.length - 1 - index >= step / 2);

  return (
    <figure className="grid gap-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full text-[11px]"
        role="img"
        aria-labelledby="sends-chart-title sends-chart-desc"
      >
        <title id="sends-chart-title">{title}</title>
        <desc id="sends-chart-desc">{description}</desc>
        <g className="stroke-border" strokeDasharray="3 3">
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={round(y(tick))}
              y2={round(y(tick))}
            />
          ))}
        </g>
        <g className="fill-muted-foreground" textAnchor="end" dominantBaseline="middle">
          {ticks.map((tick) => (
            <text key={tick} x={MARGIN.left - 6} y={round(y(tick))}>
              {tick}
            </text>
          ))}
        </g>
        <g className="fill-muted-foreground" textAnchor="middle">
          {days.map((day, index) =>
            labelled(index) ? (
              <text key={index} x={round((x(index) ?? 0) + x.bandwidth() / 2)} y={HEIGHT - 6}>
                {day.label}
              </text>
            ) : null,
          )}
        </g>
        {layers.map((layer, position) => {
          const item = series[position]!;
          return (
            <g key={item.key} fill={item.color} data-series={item.key}>
              {layer.map(([from, to], index) =>
                to > from ? (
                  <rect
                    key={index}
                    x={round(x(index) ?? 0)}
                    y={round(y(to))}
                    width={round(x.bandwidth())}
                    height={round(y(from) - y(to))}
                  >
                    <title>{`${days[index]!.label} · ${item.label}: ${to - from}`}</title>
                  </rect>
                ) : null,
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
          {series.map((item) => (
            <li key={item.key} className="flex items-center gap-1.5">
              <span aria-hidden className="size-2.5 rounded-sm" style={{ backgroundColor: item.color }} />
              {item.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
