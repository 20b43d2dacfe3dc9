// Geometry of the PDF's drawn charts. Pure: numbers in, SVG coordinates out.

export interface Box {
  width: number;
  height: number;
}

/**
 * A percentage series (0–100) as polyline points across `box`: the first value at the left edge, the
 * last at the right, 100 % at the top. Values are clamped to the scale; a single value is drawn as a
 * flat line so it stays visible.
 */
export function percentPolyline(values: readonly number[], box: Box): string {
  if (values.length === 0) return "";
  const series = values.length === 1 ? [values[0]!, values[0]!] : values;
  const step = box.width / (series.length - 1);
  return series
    .map((value, i) => {
      const clamped = Math.min(100, Math.max(0, value));
      const x = i * step;
      const y = box.height - (clamped / 100) * box.height;
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
}

/** The length of a horizontal bar for `value` out of `max` across `width` (0 for an empty scale). */
export function barLength(value: number, max: number, width: number): number {
  if (max <= 0 || value <= 0) return 0;
  return round((Math.min(value, max) / max) * width);
}

const round = (value: number) => Math.round(value * 100) / 100;
